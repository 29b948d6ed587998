// The page's network and settings as the PyTorch program a student would write (the tutorial's loop), line by
// line, with the five lines of one training step marked so the page can highlight the one training is at.
import { pythonNumber } from "../../../core/index.ts";
import { optimizerCall } from "../lib/pytorch-code.ts";
import type { ActivationName, NNSettings } from "./settings.ts";

/** The five lines of one optimizer step, in the order they run. */
export const CODE_STEPS = ["zero_grad", "forward", "loss", "backward", "step"] as const;
export type CodeStep = (typeof CODE_STEPS)[number];

export interface TrainingLine {
  text: string;
  step: CodeStep | null;
}

const MODULE: Record<ActivationName, string> = {
  tanh: "nn.Tanh()",
  relu: "nn.ReLU()",
  sigmoid: "nn.Sigmoid()",
};

export function trainingProgram(s: NNSettings, classes: number): TrainingLine[] {
  const sizes = [2, ...s.hidden, classes];
  const layers: string[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const last = i + 2 === sizes.length;
    layers.push(`    nn.Linear(${sizes[i]}, ${sizes[i + 1]}),${last ? "" : ` ${MODULE[s.activation]},`}`);
  }
  const optimizer = optimizerCall(s.optimizer, s.lr, s.params, "PARAMS").replace(
    "[PARAMS]",
    "model.parameters()",
  );
  const ce = s.loss === "cross-entropy";
  const plain = (text: string): TrainingLine => ({ text, step: null });
  return [
    plain("import torch"),
    plain("from torch import nn"),
    plain(""),
    plain("torch.set_default_dtype(torch.float64)"),
    plain("model = nn.Sequential("),
    ...layers.map(plain),
    plain(")"),
    plain(ce ? "loss_fn = nn.CrossEntropyLoss()" : "loss_fn = nn.MSELoss()"),
    plain(`optimizer = ${optimizer}`),
    plain("data = torch.utils.data.TensorDataset(X_train, y_train)"),
    plain(
      `loader = torch.utils.data.DataLoader(data, batch_size=${pythonNumber(s.batchSize)}, shuffle=True)`,
    ),
    plain(""),
    plain("for epoch in range(epochs):"),
    plain("    for xb, yb in loader:"),
    { text: "        optimizer.zero_grad()", step: "zero_grad" },
    { text: "        logits = model(xb)", step: "forward" },
    {
      text: ce
        ? "        loss = loss_fn(logits, yb)"
        : `        loss = loss_fn(logits, nn.functional.one_hot(yb, ${classes}).double())`,
      step: "loss",
    },
    { text: "        loss.backward()", step: "backward" },
    { text: "        optimizer.step()", step: "step" },
  ];
}

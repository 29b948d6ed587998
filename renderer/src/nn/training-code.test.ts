import { describe, expect, it } from "vitest";
import { trainingProgram, CODE_STEPS } from "./training-code.ts";
import { DEFAULT_SETTINGS, PRESETS, presetOf, type NNSettings } from "./settings.ts";

const settings = (over: Partial<NNSettings> = {}): NNSettings => ({ ...DEFAULT_SETTINGS, ...over });
const text = (s: NNSettings, classes = 3) =>
  trainingProgram(s, classes)
    .map((l) => l.text)
    .join("\n");

describe("trainingProgram", () => {
  it.each([
    // [settings, classes, a line the program has]
    [settings(), 3, "    nn.Linear(2, 8), nn.Tanh(),"],
    [settings(), 3, "    nn.Linear(8, 3),"],
    [settings({ hidden: [] }), 2, "    nn.Linear(2, 2),"],
    [settings({ activation: "relu", hidden: [4] }), 2, "    nn.Linear(2, 4), nn.ReLU(),"],
    [settings({ activation: "sigmoid" }), 3, "    nn.Linear(8, 8), nn.Sigmoid(),"],
    [settings(), 3, "loss_fn = nn.CrossEntropyLoss()"],
    [settings({ loss: "mse" }), 3, "loss_fn = nn.MSELoss()"],
    [settings(), 3, "optimizer = torch.optim.Adam(model.parameters(), lr=0.01)"],
    [
      settings({ ...PRESETS.tutorial }),
      3,
      "optimizer = torch.optim.SGD(model.parameters(), lr=0.001, momentum=0.9)",
    ],
    [settings({ batchSize: 25 }), 3, "batch_size=25, shuffle=True)"],
  ] as const)("%#: has %j", (s, classes, line) => {
    expect(text(s, classes)).toContain(line);
  });

  it("marks the five lines of one step, in the order they run", () => {
    const steps = trainingProgram(settings(), 3).flatMap((l) => (l.step ? [l.step] : []));
    expect(steps).toEqual([...CODE_STEPS]);
  });
});

describe("presets", () => {
  it.each([
    [settings(), "fast"],
    [settings({ ...PRESETS.tutorial }), "tutorial"],
    [settings({ lr: 0.5 }), null],
  ] as const)("%#: %s", (s, id) => {
    expect(presetOf(s)).toBe(id);
  });

  it("the tutorial's preset is SGD(lr=0.001, momentum=0.9)", () => {
    const t = PRESETS.tutorial;
    expect([t.optimizer, t.lr, t.params.momentum, t.params.dampening, t.params.weight_decay]).toEqual([
      "momentum",
      0.001,
      0.9,
      0,
      0,
    ]);
  });
});

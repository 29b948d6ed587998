// The oracle fixtures the specs hold the page to (core/fixtures, made by scripts/oracle from SymPy and PyTorch).
import { readFileSync } from "node:fs";

export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../core/fixtures/${name}.json`, import.meta.url), "utf8"));

/** PyTorch's run of the tutorial's f with plain SGD. */
export const tutorial = fixture("tutorial") as {
  expr: string;
  lr: number;
  firstGrad: { grad: number };
  untilTolerance: { iterations: number; x: number; f: number; trajectory: { x: number; f: number }[] };
};

/** One step of a torch.optim run: x, f and the gradient there, and the state torch keeps after the update. */
export interface TorchStep {
  x: Record<string, number>;
  f: number;
  grad: Record<string, number>;
  state: { exp_avg?: Record<string, number>; exp_avg_sq?: Record<string, number> };
}

/** torch.optim.Adam on x² − 4x from x₀ = 10 with lr = 0.1 ("quadratic/adam/lr=0.1" in optimizers.json). */
export const adamQuadratic = (
  fixture("optimizers") as { cases: { name: string; steps: TorchStep[] }[] }
).cases.find((c) => c.name === "quadratic/adam/lr=0.1")!;

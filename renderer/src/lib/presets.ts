// The opening screen and the library of examples. Names and notes are UI strings (see i18n.ts).
import type { Key } from "./i18n.ts";
import type { OptimizerName } from "./model.ts";

export interface Preset {
  id: string;
  name: Key;
  note: Key;
  text: string;
  x0: Record<string, number>;
  lr: number;
  tol: number;
  maxIter: number;
  optimizer: OptimizerName;
}

const base = { tol: 1e-3, maxIter: 1000, optimizer: "sgd" as OptimizerName };

export const PRESETS: readonly Preset[] = [
  { ...base, id: "tutorial", name: "preset.tutorial", note: "preset.tutorial.note", text: "x^2 - 4x", x0: { x: 10 }, lr: 0.02 },
  { ...base, id: "vertex", name: "preset.vertex", note: "preset.vertex.note", text: "2x^2 - 6x + 1", x0: { x: -4 }, lr: 0.05, tol: 1e-6 },
  { ...base, id: "double-well", name: "preset.doubleWell", note: "preset.doubleWell.note", text: "x^4 - 2x^2", x0: { x: 2 }, lr: 0.02, tol: 1e-6 },
  { ...base, id: "cubic", name: "preset.cubic", note: "preset.cubic.note", text: "x^3 - 3x", x0: { x: 3 }, lr: 0.02, tol: 1e-6 },
  { ...base, id: "exp", name: "preset.exp", note: "preset.exp.note", text: "exp(x)", x0: { x: 1 }, lr: 0.1 },
  { ...base, id: "wavy", name: "preset.wavy", note: "preset.wavy.note", text: "sin(x)*e^(-x/10) + 0.1x^2", x0: { x: 6 }, lr: 0.1, tol: 1e-6 },
  { ...base, id: "rosenbrock", name: "preset.rosenbrock", note: "preset.rosenbrock.note", text: "(1 - x)^2 + 100(y - x^2)^2", x0: { x: -1.2, y: 1 }, lr: 0.02, tol: 1e-9, maxIter: 10000, optimizer: "adam" },
  { ...base, id: "himmelblau", name: "preset.himmelblau", note: "preset.himmelblau.note", text: "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", x0: { x: 0, y: 0 }, lr: 0.01, tol: 1e-6 },
  { ...base, id: "beale", name: "preset.beale", note: "preset.beale.note", text: "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", x0: { x: 1, y: 1 }, lr: 0.01, tol: 1e-9, maxIter: 10000, optimizer: "adam" },
  { ...base, id: "booth", name: "preset.booth", note: "preset.booth.note", text: "(x + 2y - 7)^2 + (2x + y - 5)^2", x0: { x: 0, y: 0 }, lr: 0.02, tol: 1e-9 },
  { ...base, id: "saddle", name: "preset.saddle", note: "preset.saddle.note", text: "x^2 - y^2", x0: { x: 1, y: 0.01 }, lr: 0.1 },
]; // prettier-ignore

export const TUTORIAL = PRESETS[0]!;

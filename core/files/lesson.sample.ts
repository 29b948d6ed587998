// A lesson as a teacher would save it: the tests of main, the renderer and the file format share it.
import { LESSON_VERSION, type Lesson } from "./lesson.ts";

export const SAMPLE_LESSON: Lesson = {
  format: "descent-lesson",
  version: LESSON_VERSION,
  function: "(1 - x)^2 + 100(y - x^2)^2",
  preset: "rosenbrock",
  language: "th",
  x0: { x: -1.2, y: 1 },
  lr: 0.002,
  tol: 1e-9,
  maxIter: 10000,
  optimizer: "adam",
  params: { adam: { beta1: 0.9, beta2: 0.999, eps: 1e-8, amsgrad: false } },
  compareWith: ["sgd"],
  notes: "ให้นักเรียนลองเปลี่ยน lr แล้วสังเกตกราฟ",
  controls: { function: "locked", presets: "hidden" },
};

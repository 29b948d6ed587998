// Calculus off the main thread: solving ∇f = 0 numerically in two variables can take a few hundred ms, and the
// function field must stay responsive while the student types. Same input (the text), same output (the view).
// Each job runs in its own work budget (calculusView), so a heavy input ends with a too_complex answer.
import { calculusAnswer } from "./calculus-job.ts";

self.onmessage = (e: MessageEvent<{ id: number; request: string }>) => {
  const { id, request } = e.data;
  self.postMessage({ id, answer: calculusAnswer(request) });
};

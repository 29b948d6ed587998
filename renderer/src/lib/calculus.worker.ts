// Calculus off the main thread: solving ∇f = 0 numerically in two variables can take a few hundred ms, and the
// function field must stay responsive while the student types. Same input (the text), same output (the view).
// Each job runs in its own work budget (calculusView), so a heavy input ends with a too_complex answer.
import { tryParse } from "../../../core/index.ts";
import { variables } from "../../../core/index.ts";
import { calculusView } from "./calculus-adapter.ts";

self.onmessage = (e: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = e.data;
  const parsed = tryParse(text);
  if (!parsed.ok || variables(parsed.value).length > 2) {
    self.postMessage({ id, text, view: null });
    return;
  }
  self.postMessage({ id, text, view: calculusView(parsed.value) });
};

// The computational graph's layout and cross-check derivatives off the main thread (graph-job.ts).
import { graphAnswer, type GraphRequest } from "./graph-job.ts";

/** A graph of about sixty nodes laid out once after the first answer, so the first function a teacher types is not
 *  laid out by code the engine has not yet compiled (a first dagre layout takes several times a warm one). */
const WARM_UP: GraphRequest = {
  text: Array.from({ length: 8 }, (_, i) => `sin(${i + 1}x - y)^2 * exp(-x/${i + 2})`).join(" + "),
  vars: ["x", "y"],
  at: { x: 1, y: 1 },
  folds: [],
};
let warm = false;

self.onmessage = (e: MessageEvent<{ id: number; request: GraphRequest }>) => {
  const { id, request } = e.data;
  let answer = null;
  try {
    answer = graphAnswer(request);
  } catch {
    answer = null;
  }
  self.postMessage({ id, answer });
  if (!warm) {
    warm = true;
    setTimeout(() => graphAnswer(WARM_UP), 0);
  }
};

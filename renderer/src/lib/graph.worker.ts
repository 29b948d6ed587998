// The computational graph's layout and cross-check derivatives off the main thread (graph-job.ts).
import { GRAPH_WARM_UP, graphAnswer, type GraphRequest } from "./graph-job.ts";

let warm = false;

/** One warm-up layout per task, so a real request waits for one layout at the most. */
function warmUp(i: number) {
  if (i >= GRAPH_WARM_UP.length) return;
  try {
    graphAnswer(GRAPH_WARM_UP[i]!);
  } catch {
    /* a warm-up only */
  }
  setTimeout(() => warmUp(i + 1), 0);
}

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
    setTimeout(() => warmUp(0), 0);
  }
};

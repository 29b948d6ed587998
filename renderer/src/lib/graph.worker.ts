// The computational graph's layout and cross-check derivatives off the main thread (graph-job.ts).
import { graphAnswer, type GraphRequest } from "./graph-job.ts";

self.onmessage = (e: MessageEvent<{ id: number; request: GraphRequest }>) => {
  const { id, request } = e.data;
  let answer = null;
  try {
    answer = graphAnswer(request);
  } catch {
    answer = null;
  }
  self.postMessage({ id, answer });
};

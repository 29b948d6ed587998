// Gradient descent off the main thread (descent-job.ts): same input (the text and the runs' settings), same output.
import { descentAnswer, type DescentRequest } from "./descent-job.ts";

self.onmessage = (e: MessageEvent<{ id: number; request: DescentRequest }>) => {
  const { id, request } = e.data;
  self.postMessage({ id, answer: descentAnswer(request) });
};

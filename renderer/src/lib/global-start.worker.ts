// The global minimum's start off the main thread (global-start-job.ts).
import { globalStartAnswer, type GlobalStartRequest } from "./global-start-job.ts";

self.onmessage = (e: MessageEvent<{ id: number; request: GlobalStartRequest }>) => {
  const { id, request } = e.data;
  self.postMessage({ id, answer: globalStartAnswer(request) });
};

// Training off the main thread, so the page keeps drawing at 60 frames a second while the network learns.
import { TrainingLoop } from "./train-loop.ts";
import type { ToWorker } from "./protocol.ts";

const loop = new TrainingLoop((m, transfer) => self.postMessage(m, { transfer: transfer ?? [] }));
self.onmessage = (e: MessageEvent<ToWorker>) => loop.handle(e.data);

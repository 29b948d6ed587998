// The neural-network page's one state object. The settings are $state; the worker's answers (the data, the
// latest snapshot, the curves so far) arrive here and everything on screen is $derived from them. Methods that
// change a setting start the work (a new setup in the worker); nothing is started from an effect.
import type { Msg } from "../../../core/index.ts";
import type { DataMessage, FromWorker, Snapshot, ToWorker } from "./protocol.ts";
import { TrainingLoop } from "./train-loop.ts";
import {
  DEFAULT_SETTINGS,
  MAX_LAYERS,
  MAX_NEURONS,
  PRESETS,
  type NNSettings,
  type PresetId,
} from "./settings.ts";
import { DEFAULT_PARAMS } from "../lib/optimizer-params.ts";
import type { OptimizerName, ParamName } from "../lib/model.ts";
import { CODE_STEPS } from "./training-code.ts";

/** Cells per side of the prediction grid behind the decision regions. */
export const GRID = 48;
/** Points kept per curve; beyond that every other point is dropped, so a long run costs the same to draw. */
const MAX_HISTORY = 600;
/** How often the curves and the network drawing follow the snapshots while playing. */
const SLOW_HZ = 5;
/** While playing, the code's highlight moves one line this often (a pace the eye can follow). */
const CODE_MS = 220;

export interface HistoryPoint {
  epoch: number;
  trainLoss: number;
  testLoss: number;
  trainAcc: number;
  testAcc: number;
}

interface Channel {
  send(m: ToWorker): void;
  stop(): void;
}

function channel(receive: (m: FromWorker) => void): Channel {
  if (typeof Worker !== "undefined") {
    try {
      const w = new Worker(new URL("./nn.worker.ts", import.meta.url), { type: "module" });
      w.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
      return { send: (m) => w.postMessage(m), stop: () => w.terminate() };
    } catch {
      // fall through: train on the page
    }
  }
  const loop = new TrainingLoop((m) => receive(m));
  return { send: (m) => loop.handle(structuredClone(m)), stop: () => loop.handle({ type: "pause" }) };
}

const clone = (s: NNSettings): NNSettings => ({ ...s, hidden: [...s.hidden], params: { ...s.params } });

export class NeuralSession {
  settings = $state<NNSettings>(clone(DEFAULT_SETTINGS));
  playing = $state(false);
  data = $state.raw<DataMessage | null>(null);
  snapshot = $state.raw<Snapshot | null>(null);
  /** The curves so far, and the weights the network drawing shows: published at most SLOW_HZ times a second
   *  while playing (the decision regions follow every snapshot), so the page keeps its frame rate. */
  history = $state.raw<HistoryPoint[]>([]);
  weights = $state.raw<Snapshot["layers"] | null>(null);
  #history: HistoryPoint[] = [];
  #published = 0;
  error = $state.raw<{ message: string; msg?: Msg } | null>(null);
  /** The optimizer step training diverged at (the loss no longer a number), until the next setup. */
  diverged = $state<number | null>(null);
  /** The line of the training loop the highlight is on (an index into CODE_STEPS), or -1 before training. */
  codeStep = $state(-1);
  /** Optimizer steps per second while playing; null: as fast as it goes. */
  speed = $state<number | null>(100);

  #gen = 0;
  #channel: Channel | null = null;
  #codeTimer: ReturnType<typeof setInterval> | undefined;

  /** Starts the worker and the first setup; call once the page is on screen. */
  start() {
    if (this.#channel) return;
    this.#channel = channel((m) => this.#receive(m));
    if (this.speed !== null) this.#channel.send({ type: "speed", rate: this.speed });
    this.#setup();
  }

  stop() {
    this.pause();
    this.#channel?.stop();
    this.#channel = null;
  }

  // ---- training ----
  play() {
    if (this.playing || !this.#channel || this.diverged !== null) return;
    this.playing = true;
    this.#channel.send({ type: "play" });
    this.#highlight();
  }
  /** The code's highlight walks the five lines of a step: in time with the steps when they are slow enough
   *  to follow, else at a pace the eye can follow. */
  #highlight() {
    clearInterval(this.#codeTimer);
    if (!this.playing) return;
    const slow = this.speed !== null && this.speed * CODE_STEPS.length * CODE_MS <= 1000;
    const every = slow ? 1000 / (this.speed! * CODE_STEPS.length) : CODE_MS;
    this.#codeTimer = setInterval(() => (this.codeStep = (this.codeStep + 1) % CODE_STEPS.length), every);
  }
  setSpeed(rate: number | null) {
    this.speed = rate;
    this.#channel?.send({ type: "speed", rate });
    this.#highlight();
  }
  pause() {
    if (!this.playing) return;
    this.playing = false;
    clearInterval(this.#codeTimer);
    this.#channel?.send({ type: "pause" });
  }
  togglePlay() {
    if (this.playing) this.pause();
    else this.play();
  }
  /** One optimizer step on one batch; the highlight ends on optimizer.step(). */
  step() {
    if (this.diverged !== null) return;
    this.pause();
    this.codeStep = CODE_STEPS.length - 1;
    this.#channel?.send({ type: "step" });
  }
  reset() {
    this.pause();
    this.#setup();
  }

  // ---- settings: each change sets up a fresh network (and data), paused ----
  #change(f: (s: NNSettings) => void) {
    const next = clone(this.settings);
    f(next);
    this.settings = next;
    this.reset();
  }
  set<K extends "dataset" | "noise" | "testPercent" | "activation" | "loss" | "lr" | "batchSize">(
    key: K,
    value: NNSettings[K],
  ) {
    if (this.settings[key] !== value) this.#change((s) => (s[key] = value));
  }
  setOptimizer(name: OptimizerName) {
    this.#change((s) => {
      s.optimizer = name;
      s.params = { ...DEFAULT_PARAMS[name] };
    });
  }
  setParam(name: ParamName, value: number | boolean) {
    this.#change((s) => ((s.params as unknown as Record<string, number | boolean>)[name] = value));
  }
  applyPreset(id: PresetId) {
    const p = PRESETS[id];
    this.#change((s) => Object.assign(s, { ...p, params: { ...p.params } }));
  }
  addLayer() {
    if (this.settings.hidden.length < MAX_LAYERS) this.#change((s) => s.hidden.push(s.hidden.at(-1) ?? 4));
  }
  removeLayer() {
    if (this.settings.hidden.length > 0) this.#change((s) => s.hidden.pop());
  }
  setNeurons(layer: number, n: number) {
    const v = Math.max(1, Math.min(MAX_NEURONS, Math.round(n)));
    if (this.settings.hidden[layer] !== undefined && this.settings.hidden[layer] !== v)
      this.#change((s) => (s.hidden[layer] = v));
  }

  #setup() {
    this.#gen += 1;
    this.error = null;
    this.diverged = null;
    this.snapshot = null;
    this.history = this.#history = [];
    this.weights = null;
    this.codeStep = -1;
    this.#channel?.send({
      type: "setup",
      gen: this.#gen,
      settings: $state.snapshot(this.settings),
      grid: GRID,
    });
  }

  #receive(m: FromWorker) {
    if (m.gen !== this.#gen) return;
    if (m.type === "error") {
      this.error = { message: m.message, msg: m.msg };
      this.playing = false;
      clearInterval(this.#codeTimer);
    } else if (m.type === "diverged") {
      this.diverged = m.step;
      this.playing = false;
      clearInterval(this.#codeTimer);
      // The curves and the network as they were at the last good snapshot.
      this.history = this.#history;
    } else if (m.type === "data") this.data = m;
    else {
      this.snapshot = m;
      this.#history = appendPoint(this.#history, {
        epoch: m.epoch,
        trainLoss: m.trainLoss,
        testLoss: m.testLoss,
        trainAcc: m.trainAcc,
        testAcc: m.testAcc,
      });
      const now = performance.now();
      if (!this.playing || now - this.#published >= 1000 / SLOW_HZ) {
        this.#published = now;
        this.history = this.#history;
        this.weights = m.layers;
      }
    }
  }
}

/** The curve with one more point; a point at the same epoch replaces the last, a full curve drops every other. */
export function appendPoint(h: readonly HistoryPoint[], p: HistoryPoint): HistoryPoint[] {
  const last = h.at(-1);
  const kept = last && last.epoch === p.epoch ? h.slice(0, -1) : [...h];
  if (kept.length >= MAX_HISTORY) return [...kept.filter((_, i) => i % 2 === 0), p];
  kept.push(p);
  return kept;
}

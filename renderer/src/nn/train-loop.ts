// The training loop behind the page, on the core's Trainer: set up a network and its data, then take optimizer
// steps in slices of a few milliseconds and post a snapshot (weights, losses, accuracies, the predictions on a
// grid) at most SNAPSHOT_HZ times a second. It runs in nn.worker.ts; where workers are missing it runs on the page.
import { DescentError, diverged, makeDataset, Trainer, type Weights } from "../../../core/index.ts";
import type { DataMessage, FromWorker, LayerWeights, Snapshot, ToWorker } from "./protocol.ts";
import { layerSizes, optimizerOf, type NNSettings } from "./settings.ts";

export const SNAPSHOT_HZ = 15;
/** How long one slice of steps may hold the worker before it looks at its messages again. */
const SLICE_MS = 25;

type Post = (m: FromWorker, transfer?: Transferable[]) => void;

interface Run {
  gen: number;
  trainer: Trainer;
  data: DataMessage;
  /** The grid's points, x point-major, made once per setup. */
  gridX: Float64Array;
  gridSize: number;
  /** The optimizer step training diverged at, once it has: no more steps or snapshots until the next setup. */
  diverged: number | null;
}

export class TrainingLoop {
  #run: Run | null = null;
  #playing = false;
  #lastPost = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #rate: number | null = null;
  /** When playing at a set rate: the time and the step count it started from. */
  #paced = { since: 0, steps: 0 };

  constructor(
    private post: Post,
    private now: () => number = () => performance.now(),
  ) {}

  handle(m: ToWorker) {
    switch (m.type) {
      case "setup":
        this.#guard(m.gen, () => this.#setup(m.gen, m.settings, m.grid));
        return;
      case "play":
        if (this.#run?.diverged != null) return this.#stopDiverged(this.#run);
        this.#playing = true;
        this.#pace();
        this.#schedule();
        return;
      case "speed":
        this.#rate = m.rate;
        this.#pace();
        return;
      case "pause":
        this.#playing = false;
        clearTimeout(this.#timer);
        if (this.#run && this.#run.diverged === null) this.#snapshot();
        return;
      case "step":
        this.#playing = false;
        clearTimeout(this.#timer);
        if (this.#run)
          this.#guard(this.#run.gen, () => {
            const run = this.#run!;
            if (run.diverged !== null) this.#stopDiverged(run);
            else if (this.#advance(run)) this.#snapshot();
          });
        return;
    }
  }

  #guard(gen: number, f: () => void) {
    try {
      f();
    } catch (e) {
      this.#playing = false;
      // A setting the core refuses (a DescentError, with its sentence in the catalog) is said in the UI's
      // language; anything else is a bug, told as it is.
      const msg = e instanceof DescentError ? e.msg : undefined;
      this.post({ type: "error", gen, message: e instanceof Error ? e.message : String(e), msg });
    }
  }

  #setup(gen: number, s: NNSettings, gridSize: number) {
    this.#run = null;
    const data = makeDataset(s.dataset, {
      n: s.points,
      noise: s.noise,
      seed: s.seed,
      testFraction: s.testPercent / 100,
    });
    const n = data.train.y.length;
    // A batch larger than the training set is the whole set, as a DataLoader's only batch would be.
    const batchSize = Math.max(1, Math.min(s.batchSize, n));
    const trainer = new Trainer(
      {
        layers: layerSizes(s, data.classes),
        activation: s.activation,
        loss: s.loss,
        optimizer: optimizerOf(s),
        batchSize,
        shuffle: true,
        seed: s.seed,
      },
      data.train,
    );
    let extent = 0;
    for (const split of [data.train, data.test])
      for (let i = 0; i < split.x.length; i++) extent = Math.max(extent, Math.abs(split.x[i]!));
    extent = Math.ceil(extent * 1.1 * 2) / 2 || 1;
    const msg: DataMessage = {
      type: "data",
      gen,
      train: { x: data.train.x, y: data.train.y },
      test: { x: data.test.x, y: data.test.y },
      classes: data.classes,
      extent,
      stepsPerEpoch: Math.ceil(n / batchSize),
    };
    const gridX = new Float64Array(gridSize * gridSize * 2);
    for (let r = 0; r < gridSize; r++)
      for (let c = 0; c < gridSize; c++) {
        const i = r * gridSize + c;
        gridX[2 * i] = -extent + ((c + 0.5) * 2 * extent) / gridSize;
        gridX[2 * i + 1] = extent - ((r + 0.5) * 2 * extent) / gridSize;
      }
    this.#run = { gen, trainer, data: msg, gridX, gridSize, diverged: null };
    this.post(msg);
    this.#snapshot();
    this.#pace();
    if (this.#playing) this.#schedule();
  }

  #pace() {
    this.#paced = { since: this.now(), steps: this.#run?.trainer.steps ?? 0 };
  }

  #schedule() {
    clearTimeout(this.#timer);
    if (this.#playing && this.#run)
      this.#timer = setTimeout(() => this.#slice(), this.#rate === null ? 0 : 10);
  }

  #slice() {
    const run = this.#run;
    if (!this.#playing || !run) return;
    this.#guard(run.gen, () => {
      if (this.#rate !== null) {
        // At a set rate: the steps that are due by now, and a snapshot after each while they are few enough.
        const due = this.#paced.steps + Math.floor(((this.now() - this.#paced.since) * this.#rate) / 1000);
        if (run.trainer.steps >= due) return;
        // A machine that cannot keep up does what a tenth of a second allows and starts counting again.
        const todo = due - run.trainer.steps;
        const most = Math.ceil(this.#rate / 10);
        for (let k = Math.min(todo, most); k > 0; k--) if (!this.#advance(run)) return;
        if (todo > most) this.#pace();
        if (this.#rate <= SNAPSHOT_HZ || this.now() - this.#lastPost >= 1000 / SNAPSHOT_HZ) this.#snapshot();
        return;
      }
      // A slice ends when the next snapshot is due, so snapshots come at a steady SNAPSHOT_HZ.
      const period = 1000 / SNAPSHOT_HZ;
      const end = Math.min(this.now() + SLICE_MS, this.#lastPost + period);
      do if (!this.#advance(run)) return;
      while (this.now() < end);
      if (this.now() - this.#lastPost >= period) this.#snapshot();
    });
    this.#schedule();
  }

  /** One optimizer step; false (and training stopped) when its loss says training has diverged. */
  #advance(run: Run): boolean {
    if (!diverged(run.trainer.step())) return true;
    run.diverged = run.trainer.steps;
    this.#stopDiverged(run);
    return false;
  }

  #stopDiverged(run: Run) {
    this.#playing = false;
    clearTimeout(this.#timer);
    this.post({ type: "diverged", gen: run.gen, step: run.diverged! });
  }

  #snapshot() {
    const run = this.#run!;
    const { trainer, data } = run;
    const train = trainer.evaluate(data.train.x, data.train.y);
    const test = trainer.evaluate(data.test.x, data.test.y);
    // A step whose own loss was finite can still leave weights at ±∞: the screen never shows NaN.
    if (diverged(train.loss)) {
      run.diverged = trainer.steps;
      return this.#stopDiverged(run);
    }
    const grid = Float32Array.from(trainer.predict(run.gridX));
    const steps = trainer.steps;
    const snap: Snapshot = {
      type: "snapshot",
      gen: run.gen,
      steps,
      epoch: steps / data.stepsPerEpoch,
      trainLoss: train.loss,
      trainAcc: train.accuracy,
      testLoss: test.loss,
      testAcc: test.accuracy,
      layers: layersOf(trainer.weights()),
      grid,
      gridSize: run.gridSize,
    };
    this.#lastPost = this.now();
    this.post(snap, [grid.buffer]);
  }
}

/** PyTorch's layout [W1 rows, b1, W2 rows, b2, …] as one record per Linear layer. */
function layersOf(weights: Weights): LayerWeights[] {
  const layers: LayerWeights[] = [];
  for (let i = 0; i + 1 < weights.length; i += 2) {
    const rows = weights[i] as readonly (readonly number[])[];
    const bias = weights[i + 1] as readonly number[];
    const out = rows.length;
    const inn = rows[0]?.length ?? 0;
    const weight = new Float64Array(out * inn);
    rows.forEach((row, o) => weight.set(row, o * inn));
    layers.push({ in: inn, out, weight, bias: Float64Array.from(bias) });
  }
  return layers;
}

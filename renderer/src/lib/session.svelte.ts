// The one object that owns the UI's state. Inputs are $state; everything on screen is $derived from them. Typing
// a character re-parses once and the typeset function is painted in the next frame; the panels follow in a task
// after that frame (newest keystroke wins), and the heavy work (calculus, gradient descent) answers from workers,
// which the keystroke asks at once so that they work while its frame is drawn (their answers wait for the panels).
// Work that is requested starts in the methods that change the input, never from an effect; deriveds only
// compute. Only this file (through engine.ts) talks to the core; panels get plain data and callbacks as props.
import * as engine from "./engine.ts";
import type { Node } from "../../../core/index.ts";
import { msg } from "../../../core/index.ts";
import { detectLang, formatNumber, mistake, translate, type Lang, type Translate } from "./i18n.ts";
import {
  MAX_ITER_LIMIT,
  OPTIMIZERS,
  type ComparisonView,
  type MethodView,
  type OptimizerName,
  type OptimizerParams,
  type ParamName,
  type RunView,
  type StabilityNote,
} from "./model.ts";
import { runColor } from "../plots/palette.ts";
import { descentSteps } from "./descent-steps.ts";
import { CalculusRunner } from "./calculus-runner.svelte.ts";
import { DescentRunner, GlobalStartRunner, descentKey } from "./descent-runner.svelte.ts";
import type { DescentRequest } from "./descent-job.ts";
import type { GlobalStartRequest } from "./global-start-job.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";
import { PRESETS, TUTORIAL, type Preset } from "./presets.ts";
import { pytorchProgram, type CodeLine } from "./pytorch-code.ts";
import { GraphState } from "./graph.svelte.ts";
import { AnswerGate } from "./answer-gate.ts";

/** One colour per optimizer, the same wherever it appears (plot, legend, table heading). */
export const RUN_COLORS: Readonly<Record<OptimizerName, string>> = Object.fromEntries(
  OPTIMIZERS.map((o, i) => [o, runColor(i)]),
) as Record<OptimizerName, string>;

export const SPEEDS = [1, 5, 20, 60, 250, 1000] as const;

const cloneParams = () =>
  Object.fromEntries(Object.entries(DEFAULT_PARAMS).map(([k, v]) => [k, { ...v }])) as Record<
    OptimizerName,
    OptimizerParams
  >;

type Shown = { text: string; node: Node; vars: string[]; name: string };

export class Session {
  lang = $state<Lang>("en");
  presentation = $state(false);
  text = $state(TUTORIAL.text);
  presetId = $state<string | null>(TUTORIAL.id);
  x0 = $state<Record<string, number>>({ ...TUTORIAL.x0 });
  lr = $state(TUTORIAL.lr);
  optimizer = $state<OptimizerName>(TUTORIAL.optimizer);
  params = $state(cloneParams());
  tol = $state(TUTORIAL.tol);
  maxIter = $state(TUTORIAL.maxIter);
  compareWith = $state<OptimizerName[]>([]);
  /** The animation's position: the iterate k that the plot, table and code highlight. */
  cursor = $state(0);
  playing = $state(false);
  speed = $state<number>(20);
  /** "Forget zero_grad()": gradients accumulate across steps, as in PyTorch without zeroing. */
  forgetZeroGrad = $state(false);
  /** The computational graph's own state (stepping, folds); it follows the point below, after the panels. */
  readonly graph = new GraphState();

  constructor(languages: readonly string[] = []) {
    this.lang = detectLang(languages);
    this.#show();
  }

  t: Translate = (key, params) => translate(this.lang, key, params);
  num = (x: number, digits?: number) => formatNumber(this.lang, x, digits);

  preset: Preset | undefined = $derived(PRESETS.find((p) => p.id === this.presetId));
  parsed = $derived(engine.parseFunction(this.text));
  /** The text as the panels know it: spaces at either end make no new function (typing "x^2" and then a space
   *  asks for nothing again; the space used to redo calculus, the runs and every panel). */
  #typed = $derived(this.text.trim());
  /** What the panels show: the last function that parsed (with at most two variables). While the text has a
   *  mistake they keep showing it, marked stale, instead of emptying and rebuilding on every keystroke. */
  shown = $state.raw<Shown | null>(null);
  /** A typed function whose runs are on their way: it becomes the shown one when they arrive, so the panels change
   *  once, all together (calculus follows when its own answer comes). */
  #candidate = $state.raw<Shown | null>(null);
  /** The text can be shown: it parses, with at most two variables (typed, it is shown after the next frame). */
  showable = $derived(this.parsed.ok && this.parsed.vars.length <= 2);
  stale = $derived(this.shown !== null && this.shown.text !== this.#typed && !this.showable);
  node: Node | null = $derived(this.shown?.node ?? null);
  vars: readonly string[] = $derived(this.shown?.vars ?? []);
  /** The function's name as typed (`g(t) = …`, `y = …`), else f: the plots are labelled with it. */
  name: string = $derived(this.shown?.name ?? "f");
  start: number[] = $derived(this.vars.map((v) => this.x0[v] ?? 1));

  evaluator = $derived(this.shown ? engine.evaluator(this.shown.node, this.vars, this.shown.text) : null);
  closedForm = $derived(this.node ? engine.closedFormView(this.node) : null);
  /** A keystroke asks the workers at once; what they answer before the panels follow it (after the keystroke's
   *  frame) waits here, and goes in with them. */
  readonly #answers = new AnswerGate();
  /** Calculus runs in a worker; until its answer for this text arrives the previous one stays, marked stale. */
  readonly calc = new CalculusRunner(() => this.#askGlobalStart(), this.#answers);
  #calcShown = $derived(this.shown ? this.calc.shownFor(this.shown.text, this.#candidate?.text) : null);
  calculus: MethodView | null = $derived(
    this.node
      ? (this.#calcShown?.view ?? { status: "unavailable", steps: [], verdict: msg("verdict.computing") })
      : null,
  );
  calculusStale = $derived(this.shown !== null && this.#calcShown?.text !== this.shown.text);

  /** The chosen optimizer first, then the ones it is compared with, all from the same start with the same α. */
  #descentRequest: DescentRequest | null = $derived(this.#requestFor(this.shown));
  #requestFor(shown: Shown | null, lr = this.lr): DescentRequest | null {
    if (!shown || shown.vars.length === 0) return null;
    const names = [this.optimizer, ...this.compareWith.filter((o) => o !== this.optimizer)];
    return {
      text: shown.text,
      runs: names.map((name) => ({
        x0: shown.vars.map((v) => this.x0[v] ?? 1),
        optimizer: name,
        lr,
        params: { ...this.params[name] },
        tol: this.tol,
        maxIter: this.maxIter,
        color: RUN_COLORS[name],
        forgetZeroGrad: this.forgetZeroGrad,
      })),
    };
  }
  #descentKey = $derived(descentKey(this.#descentRequest));
  /** Gradient descent runs in a worker; until its runs for these settings arrive the previous ones stay (if they
   *  belong to the same variables), and the panel is marked busy. */
  readonly gd = new DescentRunner(() => this.#answered(), this.#answers);
  descents: engine.DescentOutcome[] = $derived.by(() => {
    const l = this.gd.latest;
    return l && l.vars.join() === this.vars.join() ? l.outcomes : [];
  });
  descentStale = $derived(
    this.shown !== null && (this.#candidate !== null || this.gd.latest?.key !== this.#descentKey),
  );
  runs: RunView[] = $derived(this.descents.flatMap((d) => (d.ok ? [d.run] : [])));
  run: RunView | undefined = $derived(this.descents[0]?.ok ? this.descents[0].run : undefined);
  /** A setting gradient descent cannot start from, told as a mistake is told under the function field. */
  descentError: string | null = $derived.by(() => {
    const d = this.descents[0];
    return !d || d.ok ? null : mistake(this.lang, d);
  });

  descent: MethodView | null = $derived.by(() => {
    if (!this.node) return null;
    if (this.vars.length === 0) return { status: "stopped", steps: [], verdict: msg("verdict.constant") };
    if (this.descentError) return { status: "stopped", steps: [], verdict: this.descentError };
    const run = this.run;
    if (!run)
      return this.descentStale
        ? { status: "unavailable", steps: [], verdict: msg("verdict.computing") }
        : null;
    return descentSteps(run, { lr: this.lr, tol: this.tol, t: this.t, num: this.num });
  });

  /** Where the animation is, clamped to the run (settings can shorten it under the cursor). */
  position = $derived(Math.min(this.cursor, this.run?.iterations ?? 0));
  /** The iterate under the animation cursor (the start before a run exists): where the graph is evaluated. */
  point: Record<string, number> = $derived.by(() => {
    const run = this.run;
    const n = this.vars.length;
    return Object.fromEntries(
      this.vars.map((v, i) => [v, run ? run.xs[this.position * n + i]! : this.start[i]!]),
    );
  });

  comparison: ComparisonView | null = $derived(
    this.node ? engine.compareViews(this.closedForm, this.calculus, this.run) : null,
  );

  /** What the curvature at the start says about α (the gradient-descent card); null for a constant. */
  stability: StabilityNote | null = $derived(
    this.node && this.vars.length > 0
      ? engine.stabilityNote(
          this.node,
          this.vars,
          { x0: this.start, optimizer: this.optimizer, lr: this.lr, params: this.params[this.optimizer] },
          this.run?.status === "diverged",
        )
      : null,
  );
  /** α as chosen from the curvature for a typed two-variable function, while the teacher has not changed it. */
  lrChosen = $state<number | null>(null);
  #lrBefore = TUTORIAL.lr;
  /** The chosen optimizer's settings, from everywhere but the start (which moves without changing them). */
  #settings = $derived({
    optimizer: this.optimizer,
    lr: this.lr,
    params: this.params[this.optimizer],
    tol: this.tol,
    maxIter: this.maxIter,
    forgetZeroGrad: this.forgetZeroGrad,
  });
  /** When gradient descent is trapped in a local minimum: a start from which the same settings reach the global one
   *  (worked out in a worker, asked for when the runs or calculus answer; null until it arrives). */
  #globalStartRequest: GlobalStartRequest | null = $derived.by(() => {
    const calc = this.#calcShown;
    if (!this.shown || !this.comparison?.trap || calc?.text !== this.shown.text || !calc.view) return null;
    const { optimizer, lr, params, tol, maxIter, forgetZeroGrad } = this.#settings;
    return {
      text: this.shown.text,
      settings: { optimizer, lr, params: { ...params }, tol, maxIter, forgetZeroGrad },
      // A snapshot: calculus's answer is kept in deep $state, and a proxy cannot be posted to a worker.
      calc: { ...$state.snapshot(calc.view), steps: [] } as GlobalStartRequest["calc"],
    };
  });
  #globalStartKey = $derived(
    this.#globalStartRequest
      ? JSON.stringify([this.#globalStartRequest.text, this.#globalStartRequest.settings])
      : "",
  );
  readonly starts = new GlobalStartRunner();
  globalStart: number[] | null = $derived(
    this.#globalStartRequest && this.starts.latest?.key === this.#globalStartKey
      ? this.starts.latest.start
      : null,
  );
  /** The start in the global minimum's basin is being worked out (the graph waits for it, as for the map). */
  globalStartPending = $derived(
    this.#globalStartRequest !== null && this.starts.latest?.key !== this.#globalStartKey,
  );
  #askGlobalStart() {
    this.starts.request(this.#globalStartKey, this.#globalStartRequest);
  }

  code: CodeLine[] | null = $derived(
    this.node && this.vars.length > 0
      ? engine.safeCode(() =>
          pytorchProgram({
            node: this.node!,
            vars: this.vars,
            ...this.#settings,
            x0: this.start,
            comments: { precision: this.t("code.commentPrecision"), stop: this.t("code.commentStop") },
          }),
        )
      : null,
  );

  // ---- actions -------------------------------------------------------------------------------------------

  setText(text: string) {
    this.text = text;
    if (this.preset && this.preset.text !== text) this.presetId = null;
    this.#show();
  }

  /**
   * A keystroke in the function field: the field and its typeset function update in this frame; the panels follow
   * in a task after the frame is painted, for the newest text only (the next keystroke cancels the one waiting).
   */
  typeText(text: string) {
    this.text = text;
    if (this.preset && this.preset.text !== text) this.presetId = null;
    this.#cancelShow();
    if (typeof requestAnimationFrame === "undefined") return this.#show();
    this.#answers.shut();
    this.#askEarly();
    this.#showFrame = requestAnimationFrame(() => (this.#showTimer = setTimeout(() => this.#show(), 0)));
  }

  /** The workers start on a typed text at once, while its frame is drawn: the same requests `#show` makes for it
   *  (with α as `#autoLr` will set it), so `#show` finds them asked and their answers held at the gate. */
  #askEarly() {
    const p = this.parsed;
    const text = this.#typed;
    if (!p.ok || p.vars.length > 2 || this.shown?.text === text || this.#candidate?.text === text) return;
    this.calc.request(text, p.node);
    if (this.shown === null || p.vars.length === 0) return;
    const next = { text, node: p.node, vars: p.vars, name: p.name };
    const request = this.#requestFor(next, this.#autoLrPlan(true, next)?.lr);
    this.gd.request(descentKey(request), next.vars, request);
  }
  #showFrame = 0;
  #showTimer: ReturnType<typeof setTimeout> | undefined;
  #cancelShow() {
    if (typeof cancelAnimationFrame !== "undefined") cancelAnimationFrame(this.#showFrame);
    clearTimeout(this.#showTimer);
  }

  /** A text that parses (with at most two variables) is asked for: its calculus and its runs. It is shown when the
   *  runs arrive (at once for the first function and for a constant, which has none). */
  #show() {
    this.#cancelShow();
    const p = this.parsed;
    const text = this.#typed;
    if (p.ok && p.vars.length <= 2 && this.shown?.text !== text && this.#candidate?.text !== text) {
      const next = { text, node: p.node, vars: p.vars, name: p.name };
      this.calc.request(text, p.node);
      this.#autoLr(true, next);
      if (this.shown === null || next.vars.length === 0) this.shown = next;
      this.#candidate = this.shown === next ? null : next;
    } else if (this.shown?.text === text) this.#candidate = null;
    this.refresh();
    this.#answers.open();
  }

  /** Asks for the gradient-descent runs the settings describe (nothing when they are already asked for). Every
   *  method that changes a setting ends here; so does anything that sets fields directly (a lesson opened). */
  refresh() {
    const target = this.#candidate ?? this.shown;
    const request = this.#requestFor(target);
    this.gd.request(descentKey(request), target?.vars ?? [], request);
  }

  /** Runs arrived: a function waiting for them is shown now, with them. */
  #answered() {
    const c = this.#candidate;
    if (c && this.gd.latest?.key === descentKey(this.#requestFor(c))) {
      this.shown = c;
      this.#candidate = null;
    }
    this.#askGlobalStart();
  }

  /**
   * A typed function of two variables starts with α from the curvature at its start (1/λ_max rounded down), so
   * its first run converges; presets and lessons keep their own α, and so does a teacher who has set one. While
   * α is still the chosen one it follows the function and the start; back to one variable, the earlier α returns.
   */
  #autoLr(newFunction: boolean, target: Shown | null = this.shown) {
    const auto = this.lrChosen !== null && this.lr === this.lrChosen;
    const plan = this.#autoLrPlan(newFunction, target);
    if (!auto) this.lrChosen = null;
    if (!plan) return;
    this.#lrBefore = plan.before;
    this.lr = plan.lr;
    this.lrChosen = plan.chosen;
  }

  /** What `#autoLr` sets: α, the α it remembers as chosen, and the teacher's α to return to; null: no change. */
  #autoLrPlan(
    newFunction: boolean,
    target: Shown | null,
  ): { lr: number; chosen: number | null; before: number } | null {
    const auto = this.lrChosen !== null && this.lr === this.lrChosen;
    if (!auto && !newFunction) return null;
    if (this.presetId === null && target?.vars.length === 2 && this.optimizer === "sgd") {
      const safe =
        (target === this.shown
          ? this.stability
          : engine.stabilityNote(
              target.node,
              target.vars,
              {
                x0: target.vars.map((v) => this.x0[v] ?? 1),
                optimizer: this.optimizer,
                lr: this.lr,
                params: this.params[this.optimizer],
              },
              false,
            )
        )?.safe ?? null;
      if (safe === null) return null;
      return { lr: safe, chosen: safe, before: auto ? this.#lrBefore : this.lr };
    }
    return auto ? { lr: this.#lrBefore, chosen: null, before: this.#lrBefore } : null;
  }

  loadPreset(id: string) {
    const p = PRESETS.find((q) => q.id === id);
    if (!p) return;
    this.pause();
    this.presetId = p.id;
    this.text = p.text;
    this.x0 = { ...p.x0 };
    this.lr = p.lr;
    this.tol = p.tol;
    this.maxIter = p.maxIter;
    this.optimizer = p.optimizer;
    this.lrChosen = null;
    this.cursor = 0;
    this.#show();
  }

  setX0(v: string, value: number) {
    if (Number.isFinite(value)) this.x0[v] = value;
    this.#autoLr(false);
    this.refresh();
  }

  /** The start from a point picked on the plot, one coordinate per variable. */
  pickStart(point: readonly number[]) {
    this.vars.forEach((v, i) => this.setX0(v, point[i]!));
  }

  setLr(lr: number) {
    if (lr > 0) this.lr = lr;
    this.refresh();
  }

  setOptimizer(name: OptimizerName) {
    this.optimizer = name;
    this.refresh();
  }

  setTol(tol: number) {
    if (tol >= 0) this.tol = tol;
    this.refresh();
  }

  setMaxIter(n: number) {
    if (n >= 1 && n <= MAX_ITER_LIMIT) this.maxIter = Math.round(n);
    this.refresh();
  }

  setForgetZeroGrad(on: boolean) {
    this.forgetZeroGrad = on;
    this.refresh();
  }

  setSpeed(speed: number) {
    this.speed = speed;
  }

  setLang(lang: Lang) {
    this.lang = lang;
  }

  togglePresentation(on = !this.presentation) {
    this.presentation = on;
  }

  setParam(name: ParamName, value: number | boolean) {
    (this.params[this.optimizer] as unknown as Record<string, number | boolean>)[name] = value;
    this.refresh();
  }

  toggleCompare(name: OptimizerName, on: boolean) {
    this.compareWith = on
      ? [...this.compareWith.filter((o) => o !== name), name]
      : this.compareWith.filter((o) => o !== name);
    this.refresh();
  }

  step() {
    const n = this.run?.iterations ?? 0;
    this.pause();
    this.cursor = this.position >= n ? 0 : this.position + 1;
  }

  reset() {
    this.pause();
    this.cursor = 0;
  }

  // The animation loop: requestAnimationFrame, advancing speed × elapsed time steps per frame, so 10,000
  // iterations at high speed move many steps per frame instead of one.
  #frame = 0;
  #last = 0;
  #carry = 0;

  play() {
    const n = this.run?.iterations ?? 0;
    if (n === 0) return;
    if (this.position >= n) this.cursor = 0;
    this.playing = true;
    this.#last = performance.now();
    this.#carry = 0;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(this.#tick);
  }

  pause() {
    this.playing = false;
    cancelAnimationFrame(this.#frame);
  }

  togglePlay() {
    if (this.playing) this.pause();
    else this.play();
  }

  #tick = (now: number) => {
    if (!this.playing) return;
    const n = this.run?.iterations ?? 0;
    this.#carry += ((now - this.#last) / 1000) * this.speed;
    this.#last = now;
    const whole = Math.floor(this.#carry);
    if (whole > 0) {
      this.#carry -= whole;
      this.cursor = Math.min(n, this.position + whole);
    }
    if (this.position >= n) {
      this.playing = false;
      return;
    }
    this.#frame = requestAnimationFrame(this.#tick);
  };
}

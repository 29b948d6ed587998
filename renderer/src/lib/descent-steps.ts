// Gradient descent's worked steps for its panel: the rule, the start, the first update with its numbers, where
// the run stopped and why. Built from the recorded run; the words come from the dictionary.
import { varTex } from "./engine.ts";
import type { Translate } from "./i18n.ts";
import { LANGS, msg } from "../../../core/index.ts";
import type { PrintedStep } from "../../../core/index.ts";
import type { MethodView, RunView, StepView } from "./model.ts";

interface Ctx {
  lr: number;
  tol: number;
  t: Translate;
  num: (x: number, digits?: number) => string;
}

/** A number for LaTeX: 6 significant digits, never -0, exponent form for the very small or large. */
export function texNumber(x: number): string {
  if (Object.is(x, -0) || Math.abs(x) < 1e-300) return "0";
  const a = Math.abs(x);
  if (a >= 1e9 || a < 1e-5) {
    const [m, e] = x.toExponential(5).split("e");
    return `${Number(m)} \\times 10^{${Number(e)}}`;
  }
  return String(Number(x.toPrecision(6)));
}

/** A number for the plain-text line: 12 significant digits (24.2, not 24.199999999999996). */
export const plainNumber = (x: number): string =>
  Object.is(x, -0) ? "0" : String(Number(x.toPrecision(12)));
const plainPoint = (p: readonly number[]) =>
  p.length === 1 ? plainNumber(p[0]!) : `(${p.map(plainNumber).join(", ")})`;

const OPT_NAME: Record<RunView["optimizer"], string> = {
  sgd: "SGD",
  momentum: "SGD (momentum)",
  nesterov: "SGD (Nesterov)",
  rmsprop: "RMSprop",
  adagrad: "Adagrad",
  adam: "Adam",
};

export function descentSteps(run: RunView, c: Ctx): MethodView {
  const one = run.vars.length === 1;
  const X = one ? varTex(run.vars[0]!) : "\\mathbf{x}";
  const pt = (k: number) => {
    const x = Array.from(run.xs.subarray(k * run.vars.length, (k + 1) * run.vars.length));
    return one ? texNumber(x[0]!) : `\\left(${x.map(texNumber).join(", ")}\\right)`;
  };
  const grad = one ? `f'(${X}_k)` : `\\nabla f(${X}_k)`;
  const plain = run.optimizer === "sgd";
  const steps: PrintedStep[] = [];
  steps.push({
    latex: plain
      ? `${X}_{k+1} = ${X}_k - \\alpha\\, ${grad},\\quad \\alpha = ${texNumber(c.lr)}`
      : `${X}_{k+1} = ${X}_k - \\Delta_k\\,(\\text{${OPT_NAME[run.optimizer]}})`,
    text: plain
      ? `x_{k+1} = x_k - alpha * grad f(x_k), alpha = ${c.lr}`
      : `torch.optim ${OPT_NAME[run.optimizer]}`,
    note: plain ? c.t("descent.rule") : c.t("descent.ruleOptim", { name: OPT_NAME[run.optimizer] }),
  });
  const r0 = run.row(0);
  const g0 = one ? texNumber(r0.grad[0]!) : `\\left(${r0.grad.map(texNumber).join(", ")}\\right)`;
  steps.push({
    latex: `${X}_0 = ${pt(0)},\\quad f(${X}_0) = ${texNumber(r0.f)},\\quad ${one ? `f'(${X}_0)` : `\\nabla f(${X}_0)`} = ${g0}`,
    text: `x_0 = ${plainPoint(r0.x)}, f = ${plainNumber(r0.f)}`,
    note: c.t("descent.start"),
  });
  if (run.iterations >= 1) {
    steps.push({
      latex:
        plain && one
          ? `${X}_1 = ${pt(0)} - ${texNumber(c.lr)} \\cdot ${g0.startsWith("-") ? `(${g0})` : g0} = ${pt(1)}`
          : `${X}_1 = ${pt(1)}`,
      text: `x_1 = ${plainPoint(run.row(1).x)}`,
      note: c.t("descent.first"),
    });
  }
  const n = run.iterations;
  steps.push({
    latex: `${X}_{${n}} = ${pt(n)},\\quad f(${X}_{${n}}) = ${texNumber(run.fs[n]!)}`,
    text: `x_${n} = ${plainPoint(run.row(n).x)}, f = ${plainNumber(run.fs[n]!)}`,
    note: c.t("descent.last"),
  });
  if (run.status === "converged" && n >= 1) {
    const change = Math.abs(run.fs[n]! - run.fs[n - 1]!);
    steps.push({
      latex: `\\left|f(${X}_{${n}}) - f(${X}_{${n - 1}})\\right| = ${texNumber(change)} \\le ${texNumber(c.tol)}`,
      text: `|f(x_${n}) - f(x_${n - 1})| = ${plainNumber(change)} <= ${c.tol}`,
      note: c.t("descent.stop"),
    });
  }
  const counted = { n: c.num(n), steps: msg(n === 1 ? "unit.step.one" : "unit.step.other") };
  const verdict =
    run.status === "diverged"
      ? msg(
          // An update that left the domain or could not be computed (0/0 with eps = 0) is neither a fall
          // without end nor steps that grow: the core's message below says what it was.
          run.reason === "domain" || run.reason === "non-finite"
            ? "verdict.stopped"
            : run.fs[n]! < run.fs[0]!
              ? "verdict.falling"
              : "verdict.diverged",
          counted,
        )
      : run.flat
        ? msg("verdict.flat", counted)
        : run.status === "max-iter"
          ? msg("verdict.maxIter", counted)
          : msg("verdict.converged", counted);
  const answer = run.status !== "diverged" && !run.flat;
  // Written in the UI language of `t` (the session rebuilds this view when the language switches).
  const views = steps.map((s) => Object.fromEntries(LANGS.map((l) => [l, s])) as StepView);
  return {
    status: answer ? "minimum" : "stopped",
    steps: views,
    argmin: answer ? run.argmin : undefined,
    min: answer ? run.min : undefined,
    verdict,
    reason: run.message,
  };
}

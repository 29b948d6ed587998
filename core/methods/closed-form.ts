// Method 1, algebra without calculus: complete the square. One variable follows the textbook identity
// ax² + bx + c = a(x + b/2a)² + (c − b²/4a); several variables use symmetric elimination (Lagrange's method, the LDLᵀ
// factorisation written as squares), all in exact rationals so the board shows (x - 2)^2 - 4, never decimals.

import { checkExactVariables } from "../expr/budget.ts";
import { variables, type Node } from "../expr/node.ts";
import { Poly, polynomialOf } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import type { Exact, MinimumStatus, Point } from "./result.ts";
import { msg, reasoned, type Msg } from "../messages/index.ts";
import { CLOSE, OPEN, joined, limit, printMaths, spelled, SYMBOL, type Maths } from "./print-maths.ts";
import type { StepData } from "./print-steps.ts";
import { completeSquares, squareBody, sumOfSquares } from "./complete-squares.ts";

export interface ClosedFormResult {
  method: "closed-form";
  status: MinimumStatus;
  vars: string[];
  /** A minimiser (for a line/plane of minima: the one with the free variables at 0). */
  argmin?: Point;
  min?: number;
  /** Why the status holds, or why the method does not apply, in words. */
  reason: string;
  reasonMsg?: Msg;
  exact?: {
    /** The completed square, e.g. (x - 2)^2 - 4. */
    form: Exact;
    argmin?: Record<string, Exact>;
    min?: Exact;
  };
  /** f is constant: every point is a minimiser (argmin is then just one of them, the origin). */
  everyPoint?: true;
  /** Quadratic part: "positive definite", "positive semidefinite", "indefinite", "negative definite", … */
  definiteness?: string;
  /** The board, as data: print it with print-steps.ts. */
  steps: StepData[];
}

const exact = (r: Rational): Exact => spelled({ q: r });

export function closedForm(node: Node): ClosedFormResult {
  checkExactVariables(variables(node).length);
  const r = complete(node);
  // The function as typed first, when that is not already the expanded form: (x - 1)(x + 3), then x^2 + 2x - 3.
  const read = polynomialOf(node, r.vars);
  // Compared as printed: x^2 + 2x*y + 3y^2 is another tree than the expanded polynomial but reads the same.
  if (
    r.steps.length > 0 &&
    read.ok &&
    read.poly.toNode() !== node &&
    printMaths({ node }, "text") !== printMaths({ poly: read.poly }, "text")
  )
    r.steps.unshift({ shows: [head(r.vars), " = ", { node }], note: msg("cf.asGiven") });
  return r;
}

function complete(node: Node): ClosedFormResult {
  const vars = variables(node);
  const base = { method: "closed-form" as const, vars };
  const read = polynomialOf(node, vars);
  if (!read.ok)
    return {
      ...base,
      status: "unsupported",
      ...reasoned(msg("cf.notPolynomial", { why: read.reasonMsg })),
      steps: [],
    };
  const f = read.poly;
  const deg = f.degree();
  if (deg > 2)
    return {
      ...base,
      status: "unsupported",
      ...reasoned(msg("cf.notQuadratic", { deg: String(deg) })),
      steps: [],
    };
  const steps: StepData[] = [{ shows: [head(vars), " = ", { poly: f }] }];

  if (deg <= 0) return constantCase(f, vars, steps);
  if (deg === 1) {
    const v = vars.find((w) => f.degreeIn(w) === 1)!;
    const b = f.coeff({ [v]: 1 });
    steps[0]!.note = msg("cf.linearNote");
    const end = b.sign() > 0 ? SYMBOL.minusInfinity : SYMBOL.plusInfinity;
    const why = reasoned(msg("cf.linear", { v, end }));
    steps.push({ says: why.reasonMsg, shows: limit({ v }, end, SYMBOL.minusInfinity) });
    return {
      ...base,
      status: "unbounded",
      ...why,
      exact: { form: spelled({ poly: f }) },
      steps,
    };
  }
  return vars.length === 1 ? oneVariable(f, vars[0]!, steps) : severalVariables(f, vars, steps);
}

function constantCase(f: Poly, vars: string[], steps: StepData[]): ClosedFormResult {
  const c = f.coefficient(vars.map(() => 0));
  const why = reasoned(msg(vars.length === 0 ? "constantValue" : "cf.constant"));
  steps[0]!.note = why.reasonMsg;
  return {
    method: "closed-form",
    vars,
    status: "minimum",
    argmin: Object.fromEntries(vars.map((v) => [v, 0])),
    min: c.toNumber(),
    ...why,
    exact: {
      form: exact(c),
      argmin: Object.fromEntries(vars.map((v) => [v, exact(Rational.zero)])),
      min: exact(c),
    },
    definiteness: "zero",
    everyPoint: true,
    steps,
  };
}

// ---- one variable: the textbook identity, line by line ----

function oneVariable(f: Poly, x: string, steps: StepData[]): ClosedFormResult {
  const [c, b, a] = f.coefficients1() as [Rational, Rational, Rational];
  const h = b.div(a.mul(Rational.of(2))); // x + h inside the square
  const k = c.sub(b.mul(b).div(a.mul(Rational.of(4))));
  steps[0]!.note = b.isZero()
    ? msg("cf.quadraticNoB", { a: String(a), c: String(c), x })
    : msg("cf.quadratic", { a: String(a), b: String(b), c: String(c) });
  const inside = Poly.fromTerms(
    [x],
    [
      [[2], Rational.one],
      [[1], b.div(a)],
    ],
  );
  const withA = (m: Maths): Maths => (a.isOne() ? m : [{ coef: a }, OPEN, m, CLOSE]);
  const plusC = (m: Maths): Maths => ({
    terms: [
      { coef: Rational.one, body: m },
      { coef: c, body: null },
    ],
  });
  // With no x term (b = 0) f is already a·x² + c: no bracket, nothing to add and subtract, nothing to collect.
  if (!a.isOne() && !b.isZero())
    steps.push({
      shows: ["= ", plusC(withA({ poly: inside }))],
      note: msg("cf.factorA", { a: String(a), x }),
    });
  // Add and subtract (b/2a)²: half the coefficient of x inside the bracket, squared.
  const hSq: Maths = [parenRat(h), "^2"];
  if (!b.isZero())
    steps.push({
      shows: ["= ", plusC(withA([{ poly: inside }, " + ", hSq, " - ", hSq]))],
      note: msg("cf.addSubtract", { h: parenRat(h), h2: String(h.mul(h)), x }),
    });
  const sq = squareBody(
    Poly.fromTerms(
      [x],
      [
        [[1], Rational.one],
        [[0], h],
      ],
    ),
  );
  const squared: Maths = {
    terms: [
      { coef: Rational.one, body: sq },
      { coef: h.mul(h).neg(), body: null },
    ],
  };
  if (!b.isZero()) steps.push({ shows: ["= ", plusC(withA(squared))], note: msg("cf.perfectSquare") });
  const form: Maths = {
    terms: [
      { coef: a, body: sq },
      { coef: k, body: null },
    ],
  };
  // Collect the constants, unless the last line already reads that way.
  const last = steps[steps.length - 1]!.shows as Maths;
  if (!b.isZero() && printMaths(last, "text") !== printMaths(["= ", form], "text"))
    steps.push({ shows: ["= ", form], note: msg("cf.collect", { x }) });
  const x0 = h.neg();
  const aSq: Maths = [{ coef: a }, sq];
  if (a.sign() > 0) {
    const why = reasoned(msg("cf.vertex", { sq: aSq, x, x0: String(x0), k: String(k) }));
    steps.push({
      says: why.reasonMsg,
      shows: msg("cf.vertexLatex", { sq: aSq, head: head([x]), k: { q: k }, x: { v: x }, x0: { q: x0 } }),
      note: msg("cf.vertexNote"),
    });
    return {
      method: "closed-form",
      vars: [x],
      status: "minimum",
      argmin: { [x]: x0.toNumber() },
      min: k.toNumber(),
      ...why,
      exact: { form: spelled(form), argmin: { [x]: exact(x0) }, min: exact(k) },
      definiteness: "positive definite",
      steps,
    };
  }
  const why = reasoned(msg("cf.opensDown", { a: String(a), sq: aSq, x, x0: String(x0) }));
  steps.push({
    says: why.reasonMsg,
    shows: msg("cf.toMinusInfLatex", { lhs: aSq, x: { v: x } }),
    note: msg("cf.opensDownNote"),
  });
  return {
    method: "closed-form",
    vars: [x],
    status: "unbounded",
    ...why,
    exact: { form: spelled(form) },
    definiteness: "negative definite",
    steps,
  };
}

/** f(x, y) on the board; plain f for a constant. */
const head = (vars: readonly string[]): Maths =>
  vars.length
    ? [
        "f(",
        joined(
          vars.map((v) => ({ v })),
          ", ",
        ),
        ")",
      ]
    : "f";
/** A rational to be squared: bracketed unless it is a whole number ≥ 0. */
const parenRat = (r: Rational): Maths =>
  r.isInteger() && r.sign() >= 0 ? { q: r } : [OPEN, { q: r }, CLOSE];

function severalVariables(f: Poly, vars: string[], steps: StepData[]): ClosedFormResult {
  const { squares, rest, history } = completeSquares(f);
  steps[0]!.note = msg("cf.several", { vars: vars.join(", ") });
  history.forEach(({ square: { p, v, inner }, L, rest: after }, j) => {
    const shown = sumOfSquares(squares.slice(0, j + 1), after);
    // The terms with v, p·v² + v·L, and their completed square p(v + L/2p)² − L²/4p: the subtracted part as a
    // number when L is one, else as p·(L/2p)², so the note reads y² − 2y = (y − 1)² − 1 and
    // x² + 2xy = (x + y)² − y².
    const withV = Poly.variable(vars, v);
    const terms: Maths = { poly: withV.mul(withV).scale(p).add(withV.mul(L)) };
    const half = L.scale(p.mul(Rational.of(2)).inv());
    const halfSq: Maths = vars.includes(half.toText())
      ? [{ poly: half }, "^2"]
      : [OPEN, { poly: half }, CLOSE, "^2"];
    const minus =
      L.degree() <= 0
        ? {
            coef: half
              .mul(half)
              .scale(p)
              .coefficient(vars.map(() => 0))
              .neg(),
            body: null,
          }
        : { coef: p.neg(), body: halfSq };
    steps.push({
      shows: ["= ", shown],
      note: L.isZero()
        ? msg("cf.squareAlready", { v, terms })
        : msg("cf.collectVar", {
            v,
            terms,
            square: { terms: [{ coef: p, body: squareBody(inner) }, minus] },
          }),
    });
  });
  const r = squares.length;
  const anyNeg = squares.some((s) => s.p.sign() < 0);
  const allNeg = squares.every((s) => s.p.sign() < 0);
  const form = sumOfSquares(squares, rest);
  const restDeg = rest.degree();
  const free = vars.filter((v) => !squares.some((s) => s.v === v));
  const definiteness =
    restDeg === 2
      ? "indefinite"
      : anyNeg
        ? allNeg
          ? r === vars.length
            ? "negative definite"
            : "negative semidefinite"
          : "indefinite"
        : r === vars.length
          ? "positive definite"
          : "positive semidefinite";
  const unbounded = (reason: Msg, latex: Msg): ClosedFormResult => {
    steps.push({ says: reason, shows: latex, note: msg("cf.noMinNote") });
    const why = reasoned(reason);
    return {
      method: "closed-form",
      vars,
      status: "unbounded",
      ...why,
      exact: { form: spelled(form) },
      definiteness,
      steps,
    };
  };
  const defMsg = msg(`def.${definiteness}` as "def.indefinite");
  if (restDeg === 2) {
    // Only cross terms are left, e.g. y·z = ((y + z)/2)² − ((y − z)/2)²: a saddle direction.
    return unbounded(
      msg("cf.saddle", { rest: { poly: rest } }),
      msg("cf.saddleLatex", { rest: { poly: rest } }),
    );
  }
  if (anyNeg) {
    const s = squares.find((t) => t.p.sign() < 0)!;
    return unbounded(
      msg("cf.negativeSquare", { sq: squareBody(s.inner), p: String(s.p), v: s.v, def: defMsg }),
      msg("cf.toMinusInfLatex", { lhs: [{ coef: s.p }, squareBody(s.inner)], x: { v: s.v } }),
    );
  }
  if (restDeg === 1) {
    return unbounded(
      msg("cf.linearRest", { rest: { poly: rest } }),
      msg("cf.linearRestLatex", { rest: { poly: rest } }),
    );
  }
  // All squares positive and a constant left: minimum where every square is 0. Solve back to front; free
  // variables (no square of their own) are set to 0.
  const c = rest.coefficient(vars.map(() => 0));
  const at: Record<string, Rational> = Object.fromEntries(free.map((v) => [v, Rational.zero]));
  for (let j = squares.length - 1; j >= 0; j--) {
    const s = squares[j]!;
    // defineProperty: a variable named __proto__ is a key like any other (assignment would set the prototype).
    Object.defineProperty(at, s.v, {
      value: Poly.variable(vars, s.v).sub(s.inner).evalExact(at),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const argExact = Object.fromEntries(vars.map((v) => [v, exact(at[v]!)]));
  const point = joined(
    vars.map((v): Maths => [{ v }, " = ", { q: at[v]! }]),
    ", ",
  );
  const set =
    free.length === 1
      ? msg("cf.line")
      : free.length === 2
        ? msg("cf.plane")
        : msg("cf.dimSet", { n: String(free.length) });
  const setWords =
    free.length === 0 ? msg("cf.unique", { point }) : msg("cf.set", { set, free: free.join(", "), point });
  const why = reasoned(msg("cf.minimum", { def: defMsg, c: { q: c }, where: setWords }));
  const equality = joined(
    vars.map((v) => [{ v }, " = ", { q: at[v]! }]),
    SYMBOL.thinSep,
  );
  steps.push({
    says: why.reasonMsg,
    shows: msg("cf.minimumLatex", { head: head(vars), c: { q: c }, at: equality }),
    note: msg(free.length === 0 ? "cf.definiteNote" : "cf.semidefiniteNote"),
  });
  return {
    method: "closed-form",
    vars,
    status: "minimum",
    argmin: Object.fromEntries(vars.map((v) => [v, at[v]!.toNumber()])),
    min: c.toNumber(),
    ...why,
    exact: { form: spelled(form), argmin: argExact, min: exact(c) },
    definiteness,
    steps,
  };
}

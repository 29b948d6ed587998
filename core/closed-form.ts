// Method 1, algebra without calculus: complete the square. One variable follows the textbook identity
// ax² + bx + c = a(x + b/2a)² + (c − b²/4a); several variables use symmetric elimination (Lagrange's method, the LDLᵀ
// factorisation written as squares), all in exact rationals so the board shows (x - 2)^2 - 4, never decimals.

import { checkExactVariables } from "./budget.ts";
import { variables, type Node } from "./node.ts";
import { Poly, joinTerms, polynomialOf, varLatex, type SignedTerm } from "./polynomial.ts";
import { Rational } from "./rational.ts";
import { toLatex } from "./print-latex.ts";
import { toText } from "./print-text.ts";
import type { Exact, MinimumStatus, Point, Step } from "./method-result.ts";
import { msg, noted, reasoned, typeset, worded, type Msg } from "./messages/index.ts";

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
  steps: Step[];
}

const exact = (r: Rational): Exact => ({ text: r.toText(), latex: r.toLatex() });

/** A square term p·(v + ℓ)² of the completed form: `inner` is v + ℓ, ℓ in the variables not yet eliminated. */
interface Square {
  p: Rational;
  v: string;
  inner: Poly;
}

export function closedForm(node: Node): ClosedFormResult {
  checkExactVariables(variables(node).length);
  const r = complete(node);
  // The function as typed first, when that is not already the expanded form: (x - 1)(x + 3), then x^2 + 2x - 3.
  const typed = toText(node);
  const first = r.steps[0];
  const read = polynomialOf(node, r.vars);
  if (first && read.ok && read.poly.toNode() !== node) {
    const head = first.text.slice(0, first.text.indexOf("= "));
    const headLatex = first.latex.slice(0, first.latex.indexOf("= "));
    r.steps.unshift({
      text: `${head}= ${typed}`,
      latex: `${headLatex}= ${toLatex(node)}`,
      ...noted(msg("cf.asGiven")),
    });
  }
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
  const head = vars.length ? `f(${vars.join(", ")})` : "f";
  const headLatex = vars.length ? `f(${vars.map(varLatex).join(", ")})` : "f";
  const steps: Step[] = [{ text: `${head} = ${f.toText()}`, latex: `${headLatex} = ${f.toLatex()}` }];

  if (deg <= 0) return constantCase(f, vars, steps);
  if (deg === 1) {
    const v = vars.find((w) => f.degreeIn(w) === 1)!;
    const b = f.coeff({ [v]: 1 });
    Object.assign(steps[0]!, noted(msg("cf.linearNote")));
    const why = reasoned(msg("cf.linear", { v, end: b.sign() > 0 ? "−∞" : "+∞" }));
    steps.push({
      ...worded(why.reasonMsg),
      latex: `\\lim_{${varLatex(v)} \\to ${b.sign() > 0 ? "-" : "+"}\\infty} f = -\\infty`,
    });
    return {
      ...base,
      status: "unbounded",
      ...why,
      exact: { form: { text: f.toText(), latex: f.toLatex() } },
      steps,
    };
  }
  return vars.length === 1 ? oneVariable(f, vars[0]!, steps) : severalVariables(f, vars, steps);
}

function constantCase(f: Poly, vars: string[], steps: Step[]): ClosedFormResult {
  const c = f.coefficient(vars.map(() => 0));
  const why = reasoned(msg(vars.length === 0 ? "constantValue" : "cf.constant"));
  Object.assign(steps[0]!, noted(why.reasonMsg));
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

function oneVariable(f: Poly, x: string, steps: Step[]): ClosedFormResult {
  const [c, b, a] = f.coefficients1() as [Rational, Rational, Rational];
  const X = varLatex(x);
  const h = b.div(a.mul(Rational.of(2))); // x + h inside the square
  const k = c.sub(b.mul(b).div(a.mul(Rational.of(4))));
  Object.assign(steps[0]!, noted(msg("cf.quadratic", { a: String(a), b: String(b), c: String(c) })));
  const inside = Poly.fromTerms(
    [x],
    [
      [[2], Rational.one],
      [[1], b.div(a)],
    ],
  );
  const withA = (t: string, l: string): [string, string] =>
    a.isOne() ? [t, l] : [`${coefText(a)}(${t})`, `${coefLatex(a)}\\left(${l}\\right)`];
  const plusC = (t: string, l: string): [string, string] => [
    joinTerms(
      [
        { coef: Rational.one, body: t },
        { coef: c, body: null },
      ],
      "text",
    ),
    joinTerms(
      [
        { coef: Rational.one, body: l },
        { coef: c, body: null },
      ],
      "latex",
    ),
  ];
  if (!a.isOne()) {
    const [t, l] = plusC(...withA(inside.toText(), inside.toLatex()));
    steps.push({ text: `= ${t}`, latex: `= ${l}`, ...noted(msg("cf.factorA", { a: String(a), x })) });
  }
  // Add and subtract (b/2a)²: half the coefficient of x inside the bracket, squared.
  const hSq = { t: `${parenRat(h, "text")}^2`, l: `${parenRat(h, "latex")}^2` };
  {
    const t = `${inside.toText()} + ${hSq.t} - ${hSq.t}`;
    const l = `${inside.toLatex()} + ${hSq.l} - ${hSq.l}`;
    const [tt, ll] = plusC(...withA(t, l));
    steps.push({
      text: `= ${tt}`,
      latex: `= ${ll}`,
      ...noted(msg("cf.addSubtract", { h: parenRat(h, "text"), h2: String(h.mul(h)), x })),
    });
  }
  const sq = squareBody(
    Poly.fromTerms(
      [x],
      [
        [[1], Rational.one],
        [[0], h],
      ],
    ),
  );
  {
    const t = joinTerms(
      [
        { coef: Rational.one, body: sq.text },
        { coef: h.mul(h).neg(), body: null },
      ],
      "text",
    );
    const l = joinTerms(
      [
        { coef: Rational.one, body: sq.latex },
        { coef: h.mul(h).neg(), body: null },
      ],
      "latex",
    );
    const [tt, ll] = plusC(...withA(t, l));
    steps.push({ text: `= ${tt}`, latex: `= ${ll}`, ...noted(msg("cf.perfectSquare")) });
  }
  const form = {
    text: joinTerms(
      [
        { coef: a, body: sq.text },
        { coef: k, body: null },
      ],
      "text",
    ),
    latex: joinTerms(
      [
        { coef: a, body: sq.latex },
        { coef: k, body: null },
      ],
      "latex",
    ),
  };
  if (steps[steps.length - 1]!.text !== `= ${form.text}`)
    steps.push({
      text: `= ${form.text}`,
      latex: `= ${form.latex}`,
      ...noted(msg("cf.collect", { x })),
    });
  const x0 = h.neg();
  if (a.sign() > 0) {
    const why = reasoned(
      msg("cf.vertex", { sq: `${coefText(a)}${sq.text}`, x, x0: String(x0), k: String(k) }),
    );
    steps.push({
      ...worded(why.reasonMsg),
      ...typeset(
        msg("cf.vertexLatex", {
          sq: `${coefLatex(a)}${sq.latex}`,
          head: headOf(x),
          k: k.toLatex(),
          x: X,
          x0: x0.toLatex(),
        }),
      ),
      ...noted(msg("cf.vertexNote")),
    });
    return {
      method: "closed-form",
      vars: [x],
      status: "minimum",
      argmin: { [x]: x0.toNumber() },
      min: k.toNumber(),
      ...why,
      exact: { form, argmin: { [x]: exact(x0) }, min: exact(k) },
      definiteness: "positive definite",
      steps,
    };
  }
  const why = reasoned(
    msg("cf.opensDown", { a: String(a), sq: `${coefText(a)}${sq.text}`, x, x0: String(x0) }),
  );
  steps.push({
    ...worded(why.reasonMsg),
    ...typeset(msg("cf.toMinusInfLatex", { lhs: `${coefLatex(a)}${sq.latex}`, x: X })),
    ...noted(msg("cf.opensDownNote")),
  });
  return {
    method: "closed-form",
    vars: [x],
    status: "unbounded",
    ...why,
    exact: { form },
    definiteness: "negative definite",
    steps,
  };
}

const headOf = (x: string) => `f(${varLatex(x)})`;
const coefText = (a: Rational) =>
  a.isOne() ? "" : a.eq(Rational.one.neg()) ? "-" : a.isInteger() ? a.toText() : `(${a})`;
const coefLatex = (a: Rational) => (a.isOne() ? "" : a.eq(Rational.one.neg()) ? "-" : a.toLatex());
function parenRat(r: Rational, mode: "text" | "latex"): string {
  const s = mode === "text" ? r.toText() : r.toLatex();
  if (r.isInteger() && r.sign() >= 0) return s;
  return mode === "text" ? `(${s})` : `\\left(${s}\\right)`;
}

/** (x - 2)^2, or x^2 when there is nothing to add to the variable. */
function squareBody(inner: Poly): Exact {
  if (inner.terms.size === 1) {
    const [[e]] = inner.entries() as [[number[], Rational]];
    const v = inner.vars[e.indexOf(1)]!;
    return { text: `${v}^2`, latex: `${varLatex(v)}^2` };
  }
  return { text: `(${inner.toText()})^2`, latex: `\\left(${inner.toLatex()}\\right)^2` };
}

// ---- several variables: eliminate one variable at a time ----

export interface Elimination {
  square: Square;
  /** L in p·v² + v·L + R: what multiplies v once. */
  L: Poly;
  /** The rest after this square is taken out, R − L²/4p. */
  rest: Poly;
}

/**
 * Lagrange's method: take a variable with a square term, p·v² + v·L + R = p(v + L/2p)² + (R − L²/4p), repeat on
 * the rest until no square term is left. f equals the sum of the squares plus the final rest, exactly.
 */
export function completeSquares(f: Poly): { squares: Square[]; rest: Poly; history: Elimination[] } {
  const vars = f.vars;
  const squares: Square[] = [];
  const history: Elimination[] = [];
  let rest = f;
  for (;;) {
    const v = vars.find((w) => !rest.coeff({ [w]: 2 }).isZero());
    if (v === undefined) break;
    const p = rest.coeff({ [v]: 2 });
    const i = vars.indexOf(v);
    const L: Array<[number[], Rational]> = [];
    const R: Array<[number[], Rational]> = [];
    for (const [e, c] of rest.entries()) {
      if (e[i] === 1) L.push([e.map((x, j) => (j === i ? 0 : x)), c]);
      else if (e[i] === 0) R.push([e, c]);
    }
    const Lp = Poly.fromTerms(vars, L);
    const inner = Poly.variable(vars, v).add(Lp.scale(p.mul(Rational.of(2)).inv()));
    const square = { p, v, inner };
    squares.push(square);
    rest = Poly.fromTerms(vars, R).sub(Lp.mul(Lp).scale(p.mul(Rational.of(4)).inv()));
    history.push({ square, L: Lp, rest });
  }
  return { squares, rest, history };
}

function severalVariables(f: Poly, vars: string[], steps: Step[]): ClosedFormResult {
  const { squares, rest, history } = completeSquares(f);
  Object.assign(steps[0]!, noted(msg("cf.several", { vars: vars.join(", ") })));
  const paren = (p: Poly) => (/^-?[\w^]+$/.test(p.toText()) ? p.toText() : `(${p.toText()})`);
  history.forEach(({ square: { p, v, inner }, L, rest: after }, j) => {
    const shown = sumOfSquares(squares.slice(0, j + 1), after);
    const Ltext = L.isZero() ? "" : ` + ${v}·${paren(L)}`;
    steps.push({
      text: `= ${shown.text}`,
      latex: `= ${shown.latex}`,
      ...noted(
        msg("cf.collectVar", {
          v,
          p: coefText(p),
          L: Ltext,
          inner: inner.toText(),
          Lp: paren(L),
          p4: String(p),
        }),
      ),
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
    steps.push({ ...worded(reason), ...typeset(latex), ...noted(msg("cf.noMinNote")) });
    const why = reasoned(reason);
    return { method: "closed-form", vars, status: "unbounded", ...why, exact: { form }, definiteness, steps };
  };
  const defMsg = msg(`def.${definiteness}` as "def.indefinite");
  if (restDeg === 2) {
    // Only cross terms are left, e.g. y·z = ((y + z)/2)² − ((y − z)/2)²: a saddle direction.
    return unbounded(
      msg("cf.saddle", { rest: rest.toText() }),
      msg("cf.saddleLatex", { rest: rest.toLatex() }),
    );
  }
  if (anyNeg) {
    const s = squares.find((t) => t.p.sign() < 0)!;
    return unbounded(
      msg("cf.negativeSquare", { sq: squareBody(s.inner).text, p: String(s.p), v: s.v, def: defMsg }),
      msg("cf.toMinusInfLatex", { lhs: `${s.p.toLatex()}${squareBody(s.inner).latex}`, x: varLatex(s.v) }),
    );
  }
  if (restDeg === 1) {
    return unbounded(
      msg("cf.linearRest", { rest: rest.toText() }),
      msg("cf.linearRestLatex", { rest: rest.toLatex() }),
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
  const pointText = vars.map((v) => `${v} = ${at[v]}`).join(", ");
  const set =
    free.length === 1
      ? msg("cf.line")
      : free.length === 2
        ? msg("cf.plane")
        : msg("cf.dimSet", { n: String(free.length) });
  const setWords =
    free.length === 0
      ? msg("cf.unique", { point: pointText })
      : msg("cf.set", { set, free: free.join(", "), point: pointText });
  const why = reasoned(msg("cf.minimum", { def: defMsg, c: String(c), where: setWords }));
  const equality = vars.map((v) => `${varLatex(v)} = ${at[v]!.toLatex()}`).join(",\\ ");
  steps.push({
    ...worded(why.reasonMsg),
    ...typeset(msg("cf.minimumLatex", { head: headLatexOf(vars), c: c.toLatex(), at: equality })),
    ...noted(msg(free.length === 0 ? "cf.definiteNote" : "cf.semidefiniteNote")),
  });
  return {
    method: "closed-form",
    vars,
    status: "minimum",
    argmin: Object.fromEntries(vars.map((v) => [v, at[v]!.toNumber()])),
    min: c.toNumber(),
    ...why,
    exact: { form, argmin: argExact, min: exact(c) },
    definiteness,
    steps,
  };
}

const headLatexOf = (vars: string[]) => `f(${vars.map(varLatex).join(", ")})`;

/** p₁(…)² + p₂(…)² + … + rest, printed both ways. */
export function sumOfSquares(squares: readonly Square[], rest: Poly): Exact {
  const parts = (mode: "text" | "latex"): SignedTerm[] => [
    ...squares.map((s) => ({
      coef: s.p,
      body: mode === "text" ? squareBody(s.inner).text : squareBody(s.inner).latex,
    })),
  ];
  const glue = (mode: "text" | "latex") => {
    const sq = joinTerms(parts(mode), mode);
    if (rest.isZero()) return sq;
    const r = mode === "text" ? rest.toText() : rest.toLatex();
    if (squares.length === 0) return r;
    return r.startsWith("-") ? `${sq} - ${r.slice(1)}` : `${sq} + ${r}`;
  };
  return { text: glue("text"), latex: glue("latex") };
}

/** The completed square expanded back, as a polynomial: for checking that the form equals f. */
export function expandSquares(squares: readonly Square[], rest: Poly): Poly {
  return squares.reduce((acc, s) => acc.add(s.inner.mul(s.inner).scale(s.p)), rest);
}

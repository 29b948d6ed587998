// Every sentence the core writes for the board, in English: the source of truth for ids and parameters.
// A template is a function of named string parameters; numbers arrive already formatted (fmt), maths arrives
// already printed, so a translation only moves words around the same pieces. `…Latex` entries are KaTeX source
// whose words sit inside \text{…}.

import { enInput } from "./en-input.ts";

type P<K extends string> = Record<K, string>;

export const en = {
  // ---- shared words ----
  "def.positive definite": () => "positive definite",
  "def.positive semidefinite": () => "positive semidefinite",
  "def.negative definite": () => "negative definite",
  "def.negative semidefinite": () => "negative semidefinite",
  "def.indefinite": () => "indefinite",
  "def.zero": () => "zero",
  "nature.minimum": () => "minimum",
  "nature.maximum": () => "maximum",
  "nature.saddle": () => "saddle",
  "nature.neither": () => "neither",
  "nature.unknown": () => "unknown",
  constantValue: () => "f is a constant: its value is the minimum",

  // ---- polynomial.ts: why an expression is not a polynomial ----
  "poly.notFinite": () => "this has a number that is not finite",
  "poly.unknownVar": (p: P<"name">) => `this has the unknown variable ${p.name}`,
  "poly.constant": (p: P<"name">) => `this has the constant ${p.name}, which is not rational`,
  "poly.tooManyTerms": (p: P<"n">) => `this expands to more than ${p.n} terms`,
  "poly.degree": (p: P<"n">) => `its degree is above ${p.n}`,
  "poly.rationalFunction": () => "this divides by an expression in the variables, a rational function",
  "poly.divZero": () => "this divides by zero",
  "poly.varExponent": () => "this has a variable in an exponent",
  "poly.negativePower": () => "this has a negative power (a division by a variable)",
  "poly.fractionalPower": () => "this has a fractional power",
  "poly.sqrt": () => "this has a square root",
  "poly.abs": () => "this has an absolute value",
  "poly.fn": (p: P<"op">) => `this has ${p.op}`,

  // ---- closed-form.ts ----
  "cf.asGiven": () => "As given; expand it.",
  "cf.notPolynomial": (p: P<"why">) => `completing the square applies to polynomials; ${p.why}`,
  "cf.notQuadratic": (p: P<"deg">) => `completing the square applies to quadratics; this is degree ${p.deg}`,
  "cf.linearNote": () => "f is linear: there is no square to complete.",
  "cf.linear": (p: P<"v" | "end">) => `f is linear: as ${p.v} → ${p.end}, f → −∞, so it has no minimum`,
  "cf.constant": () => "f is constant: every point is a minimiser",
  "cf.quadratic": (p: P<"a" | "b" | "c">) =>
    `A quadratic ax² + bx + c with a = ${p.a}, b = ${p.b}, c = ${p.c}.`,
  "cf.factorA": (p: P<"a" | "x">) => `Factor a = ${p.a} out of the ${p.x} terms.`,
  "cf.addSubtract": (p: P<"h" | "h2" | "x">) =>
    `Add and subtract (b/2a)² = ${p.h}² = ${p.h2}: half the coefficient of ${p.x}, squared.`,
  "cf.perfectSquare": () => "The first three terms are a perfect square.",
  "cf.collect": (p: P<"x">) => `Multiply out and collect the constants: a(${p.x} + b/2a)² + (c − b²/4a).`,
  "cf.vertex": (p: P<"sq" | "x" | "x0" | "k">) =>
    `${p.sq} ≥ 0 and is 0 only at ${p.x} = ${p.x0}, so the vertex (${p.x0}, ${p.k}) is the minimum: f(${p.x0}) = ${p.k}`,
  "cf.vertexLatex": (p: P<"sq" | "head" | "k" | "x" | "x0">) =>
    `${p.sq} \\ge 0 \\;\\Rightarrow\\; ${p.head} \\ge ${p.k},\\ \\text{with equality at } ${p.x} = ${p.x0}`,
  "cf.vertexNote": () => "A square is never negative; the minimum is at the vertex.",
  "cf.opensDown": (p: P<"a" | "sq" | "x" | "x0">) =>
    `a = ${p.a} < 0, so ${p.sq} can be made as negative as we like: f is unbounded below (the vertex ${p.x} = ${p.x0} is its maximum)`,
  "cf.toMinusInfLatex": (p: P<"lhs" | "x">) => `${p.lhs} \\to -\\infty \\text{ as } ${p.x} \\to \\pm\\infty`,
  "cf.opensDownNote": () => "a < 0: the parabola opens downwards, no minimum.",
  "cf.several": (p: P<"vars">) => `A quadratic in ${p.vars}: complete the square one variable at a time.`,
  "cf.collectVar": (p: P<"v" | "terms" | "square">) =>
    `Collect the terms with ${p.v} and complete the square: ${p.terms} = ${p.square}.`,
  "cf.squareAlready": (p: P<"v" | "terms">) =>
    `The only term with ${p.v} is ${p.terms}: it is already a square.`,
  "cf.quadraticNoB": (p: P<"a" | "c" | "x">) =>
    `A quadratic ax² + bx + c with a = ${p.a}, b = 0, c = ${p.c}: there is no ${p.x} term, so the square is already complete.`,
  "cf.noMinNote": () => "f has no minimum.",
  "cf.saddle": (p: P<"rest">) =>
    `what is left, ${p.rest}, has a product of variables but no square: it takes both signs without bound (a saddle), so f is unbounded below`,
  "cf.saddleLatex": (p: P<"rest">) => `${p.rest} \\text{ has no square term: a saddle, } f \\to -\\infty`,
  "cf.negativeSquare": (p: P<"sq" | "p" | "v" | "def">) =>
    `the square ${p.sq} has the negative coefficient ${p.p}: moving ${p.v} alone makes f as negative as we like (${p.def}), so f is unbounded below`,
  "cf.linearRest": (p: P<"rest">) =>
    `the squares can all be 0 while the linear part ${p.rest} goes to −∞: f is unbounded below (semidefinite, but the linear part is not consistent with it)`,
  "cf.linearRestLatex": (p: P<"rest">) =>
    `${p.rest} \\to -\\infty \\text{ along the directions where every square is } 0`,
  "cf.unique": (p: P<"point">) => `the unique minimum is at ${p.point}`,
  "cf.set": (p: P<"set" | "free" | "point">) =>
    `every point where all the squares are 0 is a minimum (a ${p.set} of minima, ${p.free} free); one is ${p.point}`,
  "cf.line": () => "line",
  "cf.plane": () => "plane",
  "cf.dimSet": (p: P<"n">) => `${p.n}-dimensional set`,
  "cf.minimum": (p: P<"def" | "c" | "where">) =>
    `each square is ≥ 0 with a positive coefficient (${p.def}), so f ≥ ${p.c}; ${p.where}, where f = ${p.c}`,
  "cf.minimumLatex": (p: P<"head" | "c" | "at">) =>
    `${p.head} \\ge ${p.c},\\ \\text{with equality at } ${p.at}`,
  "cf.definiteNote": () => "Positive definite: one minimum.",
  "cf.semidefiniteNote": () => "Semidefinite: the minimum is attained on a whole set.",

  // ---- roots.ts: how a root of f′ was found ----
  "root.rational root": () => "rational root",
  "root.cube root": () => "cube root",
  "root.quadratic formula": () => "quadratic formula",
  "root.x² from the quadratic formula": () => "x² from the quadratic formula",

  // ---- calculus.ts ----
  "calc.undefined": () => "f is not defined (it has no value)",
  "calc.differentiate": () => "Differentiate.",
  "calc.constant": (p: P<"x">) =>
    `f′(${p.x}) = 0 for every ${p.x}: f is constant, so every ${p.x} is a minimiser`,
  "calc.zeroEverywhereLatex": (p: P<"x">) => `f'(${p.x}) = 0 \\text{ everywhere}`,
  "calc.constantNote": () => "A constant function.",
  "calc.linear": (p: P<"x" | "b" | "end">) =>
    `f′(${p.x}) = ${p.b} is never 0, so there are no critical points; f is linear and → −∞ as ${p.x} → ${p.end}`,
  "calc.linearNote": () => "No critical points: unbounded.",
  "calc.criticalNote": () => "Critical points: where the slope is 0.",
  "calc.signChange": () => "A sign change of f′, refined by safeguarded Newton/bisection.",
  "calc.nonzeroOn": (p: P<"x" | "range">) => `f'(${p.x}) ≠ 0 on ${p.range}`,
  "calc.noSignChange": (p: P<"range">) => `No sign change of f′ on ${p.range}.`,
  "calc.secondTest": () => "Second-derivative test.",
  "calc.localMinAt": (p: P<"point">) => `${p.point} (a local minimum)`,
  "calc.noRealSolution": (p: P<"x">) => `f'(${p.x}) = 0 has no real solution`,
  "calc.noCritical": () => "No critical points.",
  "calc.solvedBy": (p: P<"hows">) => `Solved by: ${p.hows}.`,
  "calc.leadingTerm": (p: P<"lead" | "x" | "end" | "local">) =>
    `the leading term ${p.lead} sends f → −∞ as ${p.x} → ${p.end}, so f is unbounded below${p.local}`,
  "calc.leadingTermLatex": (p: P<"x" | "end">) => `f(${p.x}) \\to -\\infty \\text{ as } ${p.x} \\to ${p.end}`,
  "calc.leadingNote": () => "Unbounded: look at the leading term.",
  "calc.stillLocal": (p: P<"list">) => ` (it still has a local minimum at ${p.list})`,
  "calc.evenDegree": (p: P<"at" | "f" | "also">) =>
    `f → +∞ at both ends (even degree, positive leading coefficient), so the lowest critical point is the global minimum: f(${p.at}) = ${p.f}${p.also}`,
  "calc.alsoAt": (p: P<"list">) => ` (also at ${p.list})`,
  "calc.compareNote": () => "Compare the local minima; the ends go up.",
  "calc.secondMin": (p: P<"at" | "val">) => `f″(${p.at}) = ${p.val} > 0: a local minimum`,
  "calc.secondMax": (p: P<"at" | "val">) => `f″(${p.at}) = ${p.val} < 0: a local maximum`,
  "calc.repeatedRoot": (p: P<"at" | "left" | "right" | "x" | "verdict">) =>
    `f″(${p.at}) = 0, so the second-derivative test is inconclusive; f′ goes ${p.left} → ${p.right} across ${p.x} = ${p.at}: ${p.verdict}`,
  "calc.inflection": () => "neither a minimum nor a maximum (a stationary inflection point)",
  "calc.signHigher": () => "neighbouring values are higher, a local minimum",
  "calc.signLower": () => "neighbouring values are lower, a local maximum",
  "calc.pointNote": (p: P<"x" | "at" | "nature" | "f">) => `${p.x} = ${p.at}: ${p.nature}, f = ${p.f}`,
  "calc.pointNoteApprox": (p: P<"x" | "at" | "nature" | "f">) => `${p.x} ≈ ${p.at}: ${p.nature}, f ≈ ${p.f}`,
  "calc.approxMin": (p: P<"at" | "val">) => `f″(${p.at}) ≈ ${p.val} > 0: a local minimum`,
  "calc.approxMax": (p: P<"at" | "val">) => `f″(${p.at}) ≈ ${p.val} < 0: a local maximum`,
  "calc.inconclusive": (p: P<"cause" | "word">) =>
    `${p.cause}, so the second-derivative test is inconclusive; ${p.word}`,
  "calc.jump": (p: P<"at">) => `f′ jumps at ${p.at} (f is not differentiable there)`,
  "calc.secondZero": (p: P<"at">) => `f″(${p.at}) ≈ 0`,
  "calc.secondMissing": (p: P<"at">) => `f″(${p.at}) does not exist`,
  "calc.undecidedNeighbours": () => "the neighbouring values do not decide it either",
  "calc.neitherNeighbours": () =>
    "neighbouring values are higher on one side and lower on the other: neither a minimum nor a maximum",
  "calc.higherNeighbours": () => "neighbouring values are higher: a local minimum",
  "calc.lowerNeighbours": () => "neighbouring values are lower: a local maximum",
  "calc.undefinedLatex": (p: P<"at">) => `f''(${p.at}) \\text{ undefined}`,
  "calc.gradientNote": () => "The partial derivatives: the gradient ∇f.",
  "calc.criticalNoteN": () => "Critical points: where every partial derivative is 0.",
  "calc.pointReason": (p: P<"point" | "reason">) => `${p.point}: ${p.reason}`,
  "calc.natureNote": (p: P<"nature" | "f">) => `${p.nature}, f = ${p.f}`,
  "calc.globalNote": () => "The global answer.",

  // ---- methods/critical-points-n.ts ----
  "crit.newton.one": (p: P<"starts" | "n">) =>
    `Newton's method on ∇f = 0 from ${p.starts} starting points: ${p.n} critical point`,
  "crit.newton.other": (p: P<"starts" | "n">) =>
    `Newton's method on ∇f = 0 from ${p.starts} starting points: ${p.n} critical points`,
  "crit.newtonLatex.one": (p: P<"n">) => `\\nabla f = 0:\\ ${p.n}\\ \\text{critical point}`,
  "crit.newtonLatex.other": (p: P<"n">) => `\\nabla f = 0:\\ ${p.n}\\ \\text{critical points}`,
  "crit.numericNote": () => "Solved numerically; duplicates merged.",
  "crit.noSolution": () => "∇f = 0 has no solution: no critical points",
  "crit.inconsistentNote": () => "The linear system is inconsistent.",
  "crit.freeLine": (p: P<"point" | "free">) => `${p.point} (${p.free} free: a whole line of critical points)`,
  "crit.freeSet": (p: P<"point" | "free">) => `${p.point} (${p.free} free: a whole set of critical points)`,
  "crit.linearNote": () => "∇f = 0 is a linear system for a quadratic; solved exactly by elimination.",
  "crit.detSaddle": (p: P<"det">) => `det H = ${p.det} < 0: a saddle point`,
  "crit.detMin": (p: P<"det" | "v" | "h">) =>
    `det H = ${p.det} > 0 and ∂²f/∂${p.v}² = ${p.h} > 0: a local minimum (Sylvester's criterion)`,
  "crit.detMax": (p: P<"det" | "v" | "h">) =>
    `det H = ${p.det} > 0 and ∂²f/∂${p.v}² = ${p.h} < 0: a local maximum (Sylvester's criterion)`,
  "crit.eigenMin": (p: P<"eig">) => `the Hessian's eigenvalues ${p.eig} are all positive: a local minimum`,
  "crit.eigenMax": (p: P<"eig">) => `the Hessian's eigenvalues ${p.eig} are all negative: a local maximum`,
  "crit.eigenSaddle": (p: P<"eig">) => `the Hessian's eigenvalues ${p.eig} are of both signs: a saddle point`,
  "crit.singular": (p: P<"word">) => `the Hessian is singular there, so the test is inconclusive; ${p.word}`,
  "crit.saddleNeighbours": () => "some neighbouring values are lower and some higher: a saddle point",
  "crit.minNeighbours": () => "no neighbouring value is lower: a local minimum",
  "crit.maxNeighbours": () => "no neighbouring value is higher: a local maximum",

  // ---- limits.ts, critical-points-1.ts, global-search-n.ts: where f goes, and the global answer ----
  "lim.then": (p: P<"first" | "then">) => `${p.first}${p.then}`,
  "lim.latex": (p: P<"latex">) => p.latex,
  "lim.localList": (p: P<"list">) => ` (local minima: ${p.list})`,
  "lim.localItem": (p: P<"at" | "f">) => `${p.at}, f = ${p.f}`,
  "lim.down": (p: P<"where">) => `f → −∞ ${p.where}, so f is unbounded below and has no minimum`,
  "lim.lowest": (p: P<"f" | "at" | "ends">) => `the lowest value f takes is ${p.f}, at ${p.at}${p.ends}`,
  "lim.onlyApproaches": (p: P<"v" | "where">) => `; f only approaches ${p.v} ${p.where}`,
  "lim.approachesHigher": (p: P<"v" | "where" | "local">) =>
    `f approaches ${p.v} ${p.where} but never reaches it, and every critical point is higher: bounded below, no minimum${p.local}`,
  "lim.approachesNoLocal": (p: P<"v" | "where" | "local">) =>
    `f approaches ${p.v} ${p.where} but never reaches it, and there is no local minimum: bounded below, no minimum${p.local}`,
  "lim.downLatex": () => `f \\to -\\infty`,
  "lim.minLatex": (p: P<"f">) => `\\min f = ${p.f}`,
  "lim.notAttainedLatex": (p: P<"v">) => `\\inf f = ${p.v} \\text{ (not attained)}`,
  "lim.undecided": () =>
    "no minimum and no lower bound were found in the range searched (f may be undefined there)",
  "lim.undecidedEverywhere": () => "no minimum and no lower bound were found in the range searched",
  "lim.undecidedLatex": () => `\\text{undecided}`,
  "scan.toward": (p: P<"x" | "to">) => `as ${p.x} → ${p.to}`,
  "scan.towardEdge": (p: P<"x" | "to">) => `as ${p.x} → ${p.to} (the edge of the domain)`,
  "scan.towardOverflow": (p: P<"x" | "to">) =>
    `as ${p.x} goes beyond ${p.to}, past which f is larger in size than any number a computer holds (about 1.8 × 10³⁰⁸)`,
  "scan.edge": (p: P<"x" | "at">) => `${p.x} = ${p.at} (the edge of the domain)`,
  "far.notDifferentiable": (p: P<"at">) => `${p.at} (f is not differentiable there)`,
  "far.toward": (p: P<"vars" | "at">) => `as (${p.vars}) → ${p.at}`,
  "far.direction": (p: P<"u">) => `along the direction (${p.u})`,
  "far.directionFrom": (p: P<"u" | "from">) => `along the direction (${p.u}) from (${p.from})`,
  "far.leadingNegative": (p: P<"dir" | "lead">) => `${p.dir}, where the leading terms ${p.lead} are negative`,
  "far.everyDirection": () => "in every direction (the leading terms are positive)",

  // ---- descent.ts: how a run ended ----
  "gd.converged.one": (p: P<"k" | "change" | "tol">) =>
    `Stopped after ${p.k} update: f changed by ${p.change} ≤ tol = ${p.tol}. The tolerance is on f, so x may still be some way from the exact minimiser.`,
  "gd.converged.other": (p: P<"k" | "change" | "tol">) =>
    `Stopped after ${p.k} updates: f changed by ${p.change} ≤ tol = ${p.tol}. The tolerance is on f, so x may still be some way from the exact minimiser.`,
  "gd.maxIter": (p: P<"n" | "tol">) =>
    `Reached the limit of ${p.n} updates before f settled (tol = ${p.tol}).`,
  "gd.overflow": (p: P<"k" | "at">) =>
    `Update ${p.k} overflowed: x became too large to represent, so the run stopped at ${p.at}. The learning rate is too large for this function.`,
  "gd.domain": (p: P<"k" | "at" | "why">) =>
    `Update ${p.k} moved to ${p.at}, outside the domain of f: ${p.why} The run stopped at the last point where f is defined.`,
  "gd.nonFinite": (p: P<"k" | "at">) =>
    `Update ${p.k} moved to ${p.at}, where f or its gradient cannot be computed (too large or undefined). The run stopped at the last point where it could.`,
  "gd.falling": (p: P<"k" | "f">) =>
    `After ${p.k} updates f has fallen to ${p.f} and keeps falling: f may have no minimum (unbounded below).`,
  "gd.blowUp": (p: P<"k" | "f">) =>
    `After ${p.k} updates x or f has grown by more than ten orders of magnitude (f = ${p.f}): the steps overshoot more each time. Try a smaller learning rate.`,
  "gd.rising": (p: P<"n" | "f" | "f0">) =>
    `f rose at each of the last ${p.n} updates and is now ${p.f}, above its starting value ${p.f0}: each step overshoots the minimum by more than the last. Try a smaller learning rate.`,
  "gd.plateau": () => "The gradient is (almost) zero here: a flat region, not necessarily a minimum.",
  "gd.curvesDown": () =>
    "The gradient is zero here, but f curves downward: a maximum or a saddle point, not a minimum.",
  "gd.jumping": (p: P<"g">) =>
    `But f is no lower than at the start and the slope here is still ${p.g}: the steps jump across the valley instead of down into it. Try a smaller learning rate.`,
  "gd.then": (p: P<"first" | "then">) => `${p.first} ${p.then}`,
  // ---- compare.ts: the three methods side by side ----
  "status.minimum": () => "minimum",
  "status.unbounded": () => "unbounded",
  "status.no-minimum": () => "no-minimum",
  "status.unsupported": () => "unsupported",
  "status.converged": () => "converged",
  "status.max-iter": () => "max-iter",
  "status.diverged": () => "diverged",
  "cmp.stopped": () => "stopped",
  "cmp.ranOut": () => "ran out of iterations",
  "cmp.diverged": () => "diverged",
  "cmp.within": () => " — within the tolerance",
  "cmp.outside": () => " — outside the tolerance",
  "cmp.outsideWatch": () =>
    " — outside the tolerance (its stopping rule watches the change in f, not the distance to the minimum)",
  "cmp.trap": (p: P<"at" | "f">) =>
    ` It ended in the valley of the local minimum at ${p.at} (f = ${p.f}), not of the global one.`,
  "cmp.gdMinimum": (p: P<"how" | "at" | "n" | "dx" | "exact" | "df" | "tol" | "trap">) =>
    `Gradient descent ${p.how} at ${p.at} after ${p.n} updates: ${p.dx} from the exact minimiser ${p.exact}, f off by ${p.df}${p.tol}.${p.trap}`,
  "cmp.gdNoneEither": (p: P<"status" | "flat">) =>
    `Gradient descent found no minimum either (${p.status}${p.flat}).`,
  "cmp.flat": () => ", on a flat stretch",
  "cmp.gdFalseMinimum": (p: P<"at" | "f" | "what">) =>
    `Gradient descent stopped at ${p.at} (f = ${p.f}), but f ${p.what}: that is at best a local minimum.`,
  "cmp.isUnbounded": () => "is unbounded below",
  "cmp.hasNoMinimum": () => "has no minimum",
  "cmp.gdNoReference": (p: P<"status" | "at" | "f">) =>
    `Gradient descent ${p.status} at ${p.at} (f = ${p.f}); no exact answer to compare with.`,
  "cmp.closedFormNA": (p: P<"reason" | "status">) =>
    `Closed form does not apply (${p.reason}); calculus says ${p.status}.`,
  "cmp.agree": (p: P<"what">) => `Closed form and calculus agree: ${p.what}.`,
  "cmp.disagree": (p: P<"cf" | "calc">) =>
    `Closed form says ${p.cf}, calculus says ${p.calc}: they disagree.`,
  "cmp.verdict": (p: P<"exact" | "gd">) => `${p.exact} ${p.gd}`,
  "cmp.minimumAt": (p: P<"f" | "at">) => `minimum ${p.f} at ${p.at}`,
  "cmp.approaches": (p: P<"v">) => `no minimum (f approaches ${p.v} but never reaches it)`,
  "cmp.unbounded": () => "unbounded below, no minimum",
  "cmp.gdSummary": (p: P<"status" | "n" | "at" | "f">) =>
    `${p.status} after ${p.n} updates at ${p.at}, f = ${p.f}`,
  "cmp.tolerance": (p: P<"exact" | "gd">) =>
    `closed form and calculus must agree to ${p.exact} (relative); gradient descent must end within ${p.gd}·(1 + |x*|) of a minimiser`,

  // ---- the domain, the parser, options and runs, lesson files and the shell: en-input.ts ----
  ...enInput,

  // ---- core/nn: the neural-network lesson's datasets and training requests ----
  "nn.range": (p: P<"key" | "min" | "max" | "got">) =>
    `${p.key} must be a number from ${p.min} to ${p.max} (got ${p.got}).`,
  "nn.whole": (p: P<"key" | "min" | "max" | "got">) =>
    `${p.key} must be a whole number from ${p.min} to ${p.max} (got ${p.got}).`,
  "nn.oneOf": (p: P<"key" | "names" | "got">) => `${p.key} must be one of ${p.names} (got ${p.got}).`,
  "nn.layers": (p: P<"key" | "maxLinear" | "maxWidth" | "got">) =>
    `${p.key} must list the number of neurons in each layer, inputs first and classes last: at least 2 and at most ${p.maxLinear} + 1 whole numbers, each from 1 to ${p.maxWidth} (got ${p.got}).`,
  "nn.weights": (p: P<"key" | "layers" | "where" | "want" | "got" | "layout">) =>
    `${p.key} do not fit the layers ${p.layers}: ${p.where} must have the shape ${p.want} (got ${p.got}). PyTorch's layout: ${p.layout}.`,
  "nn.points": (p: P<"x" | "y" | "nx" | "ny">) =>
    `${p.x} and ${p.y} must be lists of the same length, at least one point (got ${p.nx} points and ${p.ny} labels).`,
  "nn.point": (p: P<"where" | "n" | "got">) =>
    `${p.where} must be a list of ${p.n} finite numbers, one per input (got ${p.got}).`,
  "nn.label": (p: P<"where" | "max" | "got">) =>
    `${p.where} must be a class number from 0 to ${p.max}, one less than the number of outputs (got ${p.got}).`,
  "nn.finite": (p: P<"where" | "got">) => `${p.where} must be a finite number (got ${p.got}).`,
  "nn.what.points": () => "the number of points",
  "nn.what.steps": () => "epochs × batches per epoch",
  "nn.what.work": () => "points × epochs × parameters",
  "nn.tooMuch": (p: P<"what" | "n" | "max">) =>
    `Too much work for one request: ${p.what} is ${p.n}, at most ${p.max}. Use fewer points, fewer epochs or fewer neurons.`,
  // ---- calculus on plateaus and restricted domains ----
  "calc.domain": (p: P<"x" | "set" | "isolated">) =>
    `f is real only for ${p.x} in ${p.set}, so that is the domain used${p.isolated}`,
  "calc.isolated": (p: P<"x" | "list">) =>
    ` (isolated points where the power happens to be real, such as ${p.x} = ${p.list}, are not part of it)`,
  "calc.domainNote": () => "The domain: where f has real values, with no isolated points.",
  "calc.flat": (p: P<"x" | "set" | "f">) =>
    `f′(${p.x}) = 0 for every ${p.x} in ${p.set}: f is constant there, f = ${p.f}`,
  "calc.flatLatex": (p: P<"x" | "set">) => `f'(${p.x}) = 0 \\text{ on } ${p.set}`,
  "calc.flatNote": () => "A flat stretch: every point of it is a critical point, all with the same value.",
  "calc.flatAt": (p: P<"x" | "set">) => `every ${p.x} in ${p.set} (f is constant there)`,
  "lim.onSet": (p: P<"x" | "set">) => `every ${p.x} in ${p.set} (f is constant there)`,
  // ---- a singular Hessian: a label only with an argument ----
  "crit.singularProof": (p: P<"proof">) => `the Hessian is singular there, so look at f itself: ${p.proof}`,
  "crit.evenPowersMin": (p: P<"point" | "diff">) =>
    `with the variables measured from ${p.point}, f − f${p.point} = ${p.diff}; every term is an even power with a positive coefficient, so f is never lower than there: a minimum`,
  "crit.evenPowersMax": (p: P<"point" | "diff">) =>
    `with the variables measured from ${p.point}, f − f${p.point} = ${p.diff}; every term is an even power with a negative coefficient, so f is never higher than there: a maximum`,
  "crit.semidefiniteMin": (p: P<"point" | "diff">) =>
    `with the variables measured from ${p.point}, f − f${p.point} = ${p.diff}, a quadratic form whose Hessian is positive semidefinite, so it is never negative: a minimum (not strict)`,
  "crit.semidefiniteMax": (p: P<"point" | "diff">) =>
    `with the variables measured from ${p.point}, f − f${p.point} = ${p.diff}, a quadratic form whose Hessian is negative semidefinite, so it is never positive: a maximum (not strict)`,
  "crit.oddOrder": (p: P<"point" | "form" | "k" | "dir">) =>
    `with the variables measured from ${p.point}, the lowest-order terms of f − f${p.point} are ${p.form}, of odd degree ${p.k}; along t·${p.dir} they are c·t^${p.k} with c ≠ 0, which changes sign at t = 0, so f is lower on one side and higher on the other: a saddle point`,
  "crit.bothSigns": (p: P<"point" | "form" | "up" | "down">) =>
    `with the variables measured from ${p.point}, the lowest-order terms of f − f${p.point} are ${p.form}, positive along ${p.up} and negative along ${p.down}, so f is higher and lower arbitrarily close by: a saddle point`,
  "crit.unprovedMin": () =>
    "no neighbouring value tried is lower, but trying values does not prove a minimum: inconclusive",
  "crit.unprovedMax": () =>
    "no neighbouring value tried is higher, but trying values does not prove a maximum: inconclusive",
  "crit.flatAround": () => "every neighbouring value tried is the same: inconclusive",
  "crit.quadNegative": (p: P<"eig">) =>
    `f is quadratic and its Hessian has the negative eigenvalue ${p.eig}: along that eigenvector f → −∞, so f is unbounded below and has no minimum`,
  "crit.quadNoCritical": () =>
    "f is quadratic, its Hessian is positive semidefinite, yet ∇f = 0 has no solution: along a direction where the Hessian is zero f changes linearly, so f → −∞ and has no minimum",
  "crit.linearN": () =>
    "f is linear with a non-zero gradient: against the gradient f → −∞, so it has no minimum",
  "scan.jump": (p: P<"x" | "at">) => `${p.x} = ${p.at} (where f jumps)`,
  // ---- budget.ts: work that would not finish quickly ----
  "parse.tooDeepChain": (p: P<"max">) =>
    `The expression is nested too deeply (more than ${p.max} levels of minus signs, powers and brackets)`,
  "budget.nodes": (p: P<"max">) =>
    `Too complex to answer quickly: the work would build more than ${p.max} operations. Try a shorter expression or fewer variables.`,
  "budget.points": (p: P<"max">) =>
    `Too complex to answer quickly: there are more than ${p.max} critical points to classify. Gradient descent still works.`,
  "print.tooLarge": (p: P<"count">) => `The result is too large to write out (${p.count} operations)`,
  "print.astronomical": () => "astronomically many",
  "budget.vars": (p: P<"n" | "max">) =>
    `Too many variables for the exact methods: f has ${p.n}, closed form and calculus take at most ${p.max}. Gradient descent still works.`,
  // ---- stability.ts: the largest stable step, from the curvature at the start ----
  "stab.bound1": (p: P<"curv" | "bound">) =>
    `Largest stable step, from the curvature at the start: α < 2/f″(x₀) = 2/${p.curv} = ${p.bound}.`,
  "stab.boundN": (p: P<"curv" | "bound">) =>
    `Largest stable step, from the curvature at the start: α < 2/λₘₐₓ = 2/${p.curv} = ${p.bound}, where λₘₐₓ is the largest eigenvalue of the Hessian at x₀.`,
  "stab.noBound1": (p: P<"curv">) =>
    `f″(x₀) = ${p.curv} ≤ 0: f curves downward at the start, so no bound on α follows from the curvature there.`,
  "stab.noBoundN": (p: P<"curv">) =>
    `The largest eigenvalue of the Hessian at x₀ is ${p.curv} ≤ 0: f curves downward in every direction at the start, so no bound on α follows from the curvature there.`,
  "stab.rate1": (p: P<"lr" | "curv" | "q" | "then">) =>
    `f is quadratic, so f″ = ${p.curv} everywhere: each update multiplies the distance to the minimiser by |1 − α f″| = |1 − ${p.lr} · ${p.curv}| = ${p.q}${p.then}`,
  "stab.rateN": (p: P<"eigs" | "q" | "then">) =>
    `f is quadratic, so its Hessian is the same everywhere (eigenvalues ${p.eigs}): each update multiplies the distance to the minimiser by at most the largest |1 − α λᵢ| = ${p.q}${p.then}`,
  "stab.shrinks": () => ", so the run closes in on it.",
  "stab.noShrink": () => ", not less than 1, so the run does not close in on it.",
  "stab.crossed1": (p: P<"lr" | "bound">) =>
    `α = ${p.lr} > 2/f″(x₀) = ${p.bound}: the step is beyond the stable bound, so each update overshoots the minimum by more than the last.`,
  "stab.crossedN": (p: P<"lr" | "bound">) =>
    `α = ${p.lr} > 2/λₘₐₓ = ${p.bound}: the step is beyond the stable bound, so each update overshoots the valley by more than the last.`,
  "stab.grewAlongTheWay": (p: P<"lr" | "bound">) =>
    `α = ${p.lr} is below the bound ${p.bound} at the start, but f curves more steeply further on, where the bound is smaller.`,
  // ---- minimum sets: periodic minima, sets in several variables (minimum-set.ts) ----
  "calc.periodic": (p: P<"x" | "period" | "set">) =>
    `${p.x} appears in f only inside trigonometric functions of linear expressions, so f(${p.x} + ${p.period}) = f(${p.x}): the minimum repeats in every period, at ${p.set}`,
  "calc.periodicLatex": (p: P<"x" | "period">) => `f(${p.x} + ${p.period}) = f(${p.x})`,
  "calc.periodicNote": () =>
    "A periodic function: its minima repeat in every period, not only inside the plot.",
  "calc.setAnswer": (p: P<"f" | "set">) => `the lowest value f takes is ${p.f}, at ${p.set}`,
  "calc.constantN": (p: P<"f">) =>
    `every partial derivative is 0 everywhere, so f is constant, f = ${p.f}: every point where f is defined is a minimiser`,
  "calc.separable": (p: P<"parts">) =>
    `f is a sum of parts with no variable in common (${p.parts}), so each part is minimised on its own and the lowest value of f is the sum of theirs`,
  "calc.partAnswer": (p: P<"part" | "answer">) => `${p.part}: ${p.answer}`,
  "calc.oneForm": (p: P<"form" | "x" | "g">) =>
    `the partial derivatives are in a fixed ratio everywhere (weighted, their difference simplifies to 0), so f depends on the variables only through u = ${p.form}: f = g(u) with g(${p.x}) = ${p.g}, f with the other variables at 0. Minimise g in one variable`,
  "calc.structureNote": () => "The form of f decides the answer, not a search inside a window.",
  "calc.setAnswerN": (p: P<"f" | "set">) =>
    `the lowest value f takes is ${p.f}, on the whole set where ${p.set}, not at one point only`,
  "calc.everywhereAnswerN": (p: P<"f">) =>
    `the lowest value f takes is ${p.f}, at every point where f is defined`,
  "calc.noMinParts": (p: P<"v">) =>
    `a part only approaches its lowest value, so f approaches ${p.v} but never reaches it: bounded below, no minimum`,
  "calc.unboundedParts": () => "a part goes to −∞, so f does too: no minimum",
};

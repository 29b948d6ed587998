"""core/fixtures/minima.json: SymPy's answer to "where is the minimum?" for functions of one and two variables.

One variable: critical points from f' = 0 (sympy.real_roots for polynomials, else a sign-change scan of f' on
[-20, 20] refined by mpmath at 30 digits), classified by f'' (the second-derivative test) and by the first
non-zero higher derivative (the true nature); the global answer from limit(f, x, +-oo) against the critical values.
Two variables: grad f = 0 solved exactly for quadratics, else by Newton (mpmath.findroot, 30 digits) from a grid of
starts on [-5, 5]^2 with duplicates merged; classified by the Hessian (det, f_xx), with inconclusive points looked
at on a small circle; the global answer from the quadratic form's eigenvalues, or from the stated, checked reason.
"""

import itertools

import mpmath
import sympy as sp

from syntax import SYMBOLS, free_vars, parse, to_text

mpmath.mp.dps = 30
X, Y = SYMBOLS["x"], SYMBOLS["y"]

ONE_VAR = [
    # quadratics, linear, constant
    "x^2 - 4x", "2x^2 + 3x - 5", "x^2/3 - x/2 + 1", "0.5x^2 + x", "-x^2 + 2x", "3x^2", "(x - 1)^2 + 2",
    "x^2 + 1", "-2x^2 + 3x - 1", "4x^2 - 12x + 9", "0.1x^2 - 0.3x", "7 - x^2/4", "4x - 1", "-x", "7", "-3/2",
    # cubics, quartics, quintic
    "x^4 - 2x^2", "x^3 - 3x", "x^4", "x^3", "x^4 - 4x^3 + 4x^2", "3x^4 - 4x^3", "-x^4 + x^2", "x^4 - 8x^2 + 3x",
    "x^3 - 6x^2 + 9x + 1", "x^4 + 4x", "x^5 - 5x", "-x^3 + 3x^2",
    # transcendental and rational
    "exp(x)", "1/(1 + x^2)", "x^2 + exp(-x)", "exp(x) - x", "cosh(x)",
    "-exp(-x^2)", "x exp(x)", "exp(-x)", "atan(x)", "-1/(1 + x^2)", "x/(1 + x^2)", "sqrt(x^2 + 1)",
    "log(1 + exp(x))", "tanh(x)", "x^2 + 4cos(x)", "x^2 e^(-x^2)", "x - x^3/(1 + x^2)",
    "sin(x)*exp(-x^2/10) + 0.1x^2", "x^4 - x^3", "(x^2 - 1)^2", "x^6 - 3x^2", "log(x^2 + 1)", "x^2/(1 + x^2)",
    "-x/(1 + x^2)", "exp(-x) + x", "x atan(x)", "cos(x) + x^2/4", "x^3 + x", "2x^3 - 3x^2 - 12x + 5",
    # sin(x) e^(-x/10) grows like e^(|x|/10) as x -> -oo, faster than 0.1x^2: SymPy's limit cannot see through
    # the oscillation, so the script follows the points where sin(x) = -1 (x = -pi/2 - 2 pi n).
    ("sin(x)*exp(-x/10) + 0.1x^2", {"sequence": "-pi/2 - 2pi n"}),
]

# Two variables. For anything but a quadratic the global answer needs an argument; each states one, and the
# script checks what it can (values at the minimisers, limits along the ray).
TWO_VAR = [
    ("x^2 + y^2", None), ("(x - 1)^2 + (y + 2)^2", None), ("x^2 + x y + y^2 - 3x", None),
    ("2x^2 - 2x y + y^2 + 4x", None), ("x^2 - y^2", None), ("x y", None), ("x^2 + 2x y + y^2", None),
    ("(x + y)^2 + x + y", None), ("(x - y)^2 + x", None), ("x^2 + 100y^2", None), ("-x^2 - y^2", None),
    ("x^2 + y", None), ("3x^2 + 2x y + 2y^2 - 4x + 6y + 1", None), ("(x + 2y - 7)^2 + (2x + y - 5)^2", None),
    ("x^2 + 3x y + y^2", None), ("x + y", None), ("x^2/2 - x y/3 + y^2/5 + x", None),
    ("(1 - x)^2 + 100(y - x^2)^2", {"kind": "sum-of-squares"}),
    ("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", {"kind": "sum-of-squares"}),
    ("(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2", {"kind": "sum-of-squares"}),
    ("x^4 + y^4 - 4x y", {"kind": "coercive", "why": "x^4 + y^4 >= (x^2 + y^2)^2/2 outgrows |4x y| <= 2(x^2 + y^2)"}),
    ("x^4 - 2x^2 + y^2", {"kind": "coercive", "why": "x^4 - 2x^2 >= -1 and both x^4 and y^2 grow without bound"}),
    ("x^2 + y^4", {"kind": "coercive", "why": "a sum of even powers, 0 only at the origin"}),
    ("x^3 - 3x + y^2", {"kind": "ray", "ray": ("-t", "0")}),
    ("x^3 - 3x y^2", {"kind": "ray", "ray": ("-t", "0")}),
    # The leading form (x - 2y)^4 vanishes along x = 2y, between the directions a grid of angles samples.
    ("(x - 2y)^4 + x", {"kind": "ray", "ray": ("-2t", "-t")}),
    ("exp(x) + y^2", {"kind": "infimum", "why": "exp(x) + y^2 > 0 and tends to 0 along y = 0, x -> -oo",
                      "infimum": "0"}),
    ("(x - 2)^4 + (x - 2y)^2", {"kind": "sum-of-squares"}),
    ("x^2 + y^2 + x y + x - y", None), ("-x^2 + 4x y - y^2", None), ("4x^2 + 4x y + y^2 - 2x - y", None),
    ("x^2 + y^2 - 2x - 6y + 14", None), ("sin(x) + cos(y) + (x^2 + y^2)/4", {"kind": "coercive",
     "why": "(x^2 + y^2)/4 - 2 <= f, which grows without bound"}),
    ("x^2 + exp(y) + exp(-y)", {"kind": "coercive", "why": "x^2 and e^y + e^-y >= 2 both grow without bound"}),
]


def num(e):
    return float(sp.N(e, 30))


def exact(e):
    """{text, value}: the exact value in our syntax where SymPy has one, else only the float."""
    e = sp.nsimplify(e) if isinstance(e, sp.Float) else e
    try:
        text = to_text(sp.radsimp(sp.simplify(e))) if not e.has(sp.CRootOf) else None
    except ValueError:
        text = None
    return {"text": text, "value": num(e)}


def numeric(v):
    return {"text": None, "value": float(v)}


def small_rational(r):
    """A root that is a simple fraction (denominator <= 1000), or None."""
    q = sp.nsimplify(sp.Float(r, 30), tolerance=1e-20, rational=True)
    return q if q.q <= 1000 else None


def vanishes(e):
    """Exactly 0: SymPy's own evaluation is 0, or 0 to 60 digits (for values SymPy keeps unevaluated)."""
    e = sp.expand(e) if e.is_polynomial() else e
    return e == 0 or abs(sp.N(e, 60)) < sp.Float(10) ** -55


def nth_nature(f, x, p):
    """First non-zero derivative at p: even order -> minimum/maximum by its sign, odd -> neither."""
    d = sp.diff(f, x)
    for order in range(2, 9):
        d = sp.diff(d, x)
        val = sp.N(d.subs(x, p), 40)
        if abs(val) > 1e-25:
            if order % 2:
                return "neither"
            return "minimum" if val > 0 else "maximum"
    return "inconclusive"


def critical_1(f, x):
    d1 = sp.diff(f, x)
    if d1 == 0:
        return None  # constant: every x is critical
    if f.is_polynomial(x):
        return [(r, True) for r, _ in sp.real_roots(sp.Poly(d1, x), multiple=False)]
    g = sp.lambdify(x, d1, "mpmath")
    grid = [mpmath.mpf(-20) + mpmath.mpf(k) / 40 for k in range(1601)]
    roots = []
    for a, b in zip(grid, grid[1:]):
        ga, gb = g(a), g(b)
        if ga == 0:
            roots.append(a)
        elif ga * gb < 0:
            roots.append(mpmath.findroot(g, (a, b), solver="anderson"))
    out = []
    for r in roots:
        guess = small_rational(r)
        out.append((guess, True) if guess is not None and vanishes(d1.subs(x, guess)) else (sp.Float(r, 30), False))
    return out


def one_var(item):
    text, hint = item if isinstance(item, tuple) else (item, None)
    f = parse(text)
    names = free_vars(f)
    x = SYMBOLS[names[0]] if names else X
    case = {"expr": text, "vars": names}
    d2 = sp.diff(f, x, 2)
    crit = critical_1(f, x)
    if crit is not None and not f.is_polynomial(x):
        case["criticalScan"] = "sign changes of f' on [-20, 20], refined to 30 digits"
    if crit is None:
        case.update(status="minimum", everyPoint=True, min=exact(f), critical=[],
                    reason="f is constant: every x is a minimiser")
        return case
    points = []
    for p, is_exact in crit:
        s = sp.N(d2.subs(x, p), 40)
        test = "minimum" if s > 1e-25 else "maximum" if s < -1e-25 else "inconclusive"
        nature = test if test != "inconclusive" else nth_nature(f, x, p)
        val = f.subs(x, p)
        points.append({"point": {x.name: exact(p) if is_exact else numeric(p)},
                       "value": exact(val) if is_exact else numeric(sp.N(val, 30)),
                       "classification": test, "nature": nature})
    case["critical"] = points
    if f.is_polynomial(x) and sp.degree(f, x) == 2:
        a, b, c = sp.Poly(f, x).all_coeffs()
        h, k = -b / (2 * a), c - b**2 / (4 * a)
        case["completedSquare"] = {"a": exact(a), "h": exact(h), "k": exact(k),
                                   "text": square_text([(a, x - h)], k)}
        assert sp.expand(parse(case["completedSquare"]["text"]) - f) == 0
    if hint:
        n = sp.Symbol("n", integer=True, positive=True)
        along = sp.limit(f.subs(x, parse(hint["sequence"]).subs(sp.Symbol("n"), n)), n, sp.oo)
        assert along == -sp.oo, along
        case.update(status="unbounded", reason="f -> -oo along x = %s as the integer n -> oo (sympy.limit)"
                    % hint["sequence"])
        return case
    lo, hi = sp.limit(f, x, -sp.oo), sp.limit(f, x, sp.oo)
    case["limits"] = {"-oo": str(lo), "oo": str(hi)}
    if lo == -sp.oo or hi == -sp.oo:
        side = "-oo" if lo == -sp.oo else "oo"
        case.update(status="unbounded", reason="f -> -oo as %s -> %s (sympy.limit)" % (x.name, side))
        return case
    best = min((p["value"]["value"] for p in points), default=None)
    bound = min(num(lo), num(hi))
    if best is not None and best <= bound:
        mins = [p for p in points if abs(p["value"]["value"] - best) <= 1e-12 * max(1, abs(best))]
        case.update(status="minimum", argmin=[p["point"] for p in mins], min=mins[0]["value"],
                    reason="the least critical value is below the limits at -oo and +oo (%s, %s)" % (lo, hi))
    else:
        case.update(status="no-minimum", infimum=exact(lo if num(lo) <= num(hi) else hi),
                    reason="f is bounded below by its limit %s at %s, which no critical value reaches"
                    % (min(lo, hi, key=num), "-oo" if num(lo) <= num(hi) else "oo"))
    return case


def coef_text(p):
    if p == 1:
        return ""
    if p == -1:
        return "-"
    return to_text(p) if p.is_Integer else "(%s)" % to_text(p)


def square_text(squares, k):
    """p1(inner1)^2 + p2(inner2)^2 + k in our syntax, signs pulled out front: `(x - 2)^2 - 4`, `-(x - 1)^2 + 1`."""
    parts = []
    for p, inner in squares:
        body = "%s^2" % inner.name if inner.is_Symbol else "(%s)^2" % to_text(inner)
        t = coef_text(abs(p)) + body
        parts.append(("-" + t if p < 0 else t) if not parts else ("- " + t if p < 0 else "+ " + t))
    if k != 0 or not parts:
        parts.append(to_text(k) if not parts else ("- %s" % to_text(-k) if k < 0 else "+ %s" % to_text(k)))
    return " ".join(parts)


def hessian_test(H, f0, f, point):
    det, fxx = H.det(), H[0, 0]
    if abs(det) > 1e-20:
        if det < 0:
            return "saddle", "saddle"
        return ("minimum",) * 2 if fxx > 0 else ("maximum",) * 2
    # Inconclusive: look at the neighbouring values on a small circle.
    g = sp.lambdify((X, Y), f, "mpmath")
    px, py = (mpmath.mpf(point[0]), mpmath.mpf(point[1]))
    diffs = [g(px + mpmath.mpf("1e-3") * mpmath.cos(a), py + mpmath.mpf("1e-3") * mpmath.sin(a)) - f0
             for a in [2 * mpmath.pi * k / 64 for k in range(64)]]
    nature = "minimum" if min(diffs) > 0 else "maximum" if max(diffs) < 0 else "saddle"
    return "inconclusive", nature


def critical_2(f):
    grad = [sp.diff(f, v) for v in (X, Y)]
    if f.is_polynomial(X, Y) and sp.Poly(f, X, Y).total_degree() <= 2:
        sols = sp.solve(grad, [X, Y], dict=True)
        if len(sols) == 1 and set(sols[0]) == {X, Y}:
            return [((sols[0][X], sols[0][Y]), True)]
        return None if sols else []  # a line of critical points (semidefinite), or none
    g = [sp.lambdify((X, Y), d, "mpmath") for d in grad]
    H = [[sp.lambdify((X, Y), sp.diff(d, v), "mpmath") for v in (X, Y)] for d in grad]
    found = []
    for sx, sy in itertools.product(range(-5, 6), repeat=2):
        try:
            r = mpmath.findroot([lambda a, b, i=i: g[i](a, b) for i in range(2)], (sx, sy),
                                J=lambda a, b: [[H[i][j](a, b) for j in range(2)] for i in range(2)])
        except (ZeroDivisionError, ValueError):
            continue
        p = (r[0], r[1])
        if max(abs(p[0]), abs(p[1])) > 10 or max(abs(gi(*p)) for gi in g) > 1e-20:
            continue
        if all(max(abs(p[0] - q[0]), abs(p[1] - q[1])) > 1e-10 for q, _ in found):
            guess = tuple(small_rational(c) for c in p)
            if None not in guess and all(vanishes(d.subs({X: guess[0], Y: guess[1]})) for d in grad):
                found.append((guess, True))
            else:
                found.append(((sp.Float(p[0], 30), sp.Float(p[1], 30)), False))
    return sorted(found, key=lambda q: (float(q[0][0]), float(q[0][1])))


def two_var(text, hint):
    f = parse(text)
    case = {"expr": text, "vars": ["x", "y"]}
    H = sp.hessian(f, (X, Y))
    crit = critical_2(f)
    if sp.Poly(f, X, Y).total_degree() > 2 if f.is_polynomial(X, Y) else True:
        case["criticalScan"] = "Newton on grad f = 0 from the integer starts in [-5, 5]^2, merged, 30 digits"
    points = []
    for (px, py), is_exact in crit or []:
        at = {X: px, Y: py}
        f0 = f.subs(at)
        test, nature = hessian_test(H.subs(at).evalf(40), sp.N(f0, 30), f, (px, py))
        e = exact if is_exact else (lambda v: numeric(sp.N(v, 30)))
        points.append({"point": {"x": e(px), "y": e(py)}, "value": e(f0), "classification": test, "nature": nature})
    case["critical"] = points
    if hint is None:
        quadratic(case, f, crit)
        return case
    kind = hint["kind"]
    case["method"] = kind
    if kind in ("sum-of-squares", "coercive"):
        best = min(p["value"]["value"] for p in points)
        mins = [p for p in points if abs(p["value"]["value"] - best) <= 1e-12 * max(1, abs(best))]
        if kind == "sum-of-squares":
            assert all(abs(p["value"]["value"]) < 1e-25 for p in mins)
            for p in mins:  # 0 to 30 digits, and a sum of squares is never below 0: the minimum is exactly 0
                p["value"] = {"text": "0", "value": 0.0}
            why = "f is a sum of squares, so f >= 0, and f = 0 at the points listed"
        else:
            why = "f -> +oo in every direction (%s), so the least critical value is the minimum" % hint["why"]
        case.update(status="minimum", argmin=[p["point"] for p in mins], min=mins[0]["value"], reason=why)
    elif kind == "ray":
        t = sp.Symbol("t", positive=True)
        rx, ry = (parse(s).subs(SYMBOLS["t"], t) for s in hint["ray"])
        along = sp.limit(f.subs({X: rx, Y: ry}, simultaneous=True), t, sp.oo)
        assert along == -sp.oo
        case.update(status="unbounded", reason="along (x, y) = (%s, %s), f -> -oo as t -> oo (sympy.limit)" % hint["ray"])
    elif kind == "infimum":
        assert not points
        case.update(status="no-minimum", infimum=exact(parse(hint["infimum"])), reason=hint["why"])
    return case


def quadratic(case, f, crit):
    """Quadratic in x, y: eigenvalues of the Hessian decide; complete the squares by eliminating x, then y."""
    H = sp.hessian(f, (X, Y))
    ev = [sp.nsimplify(e) for e in H.eigenvals(multiple=True)]
    definiteness = ("zero" if all(e == 0 for e in ev) else "positive definite" if all(e > 0 for e in ev)
                    else "negative definite" if all(e < 0 for e in ev)
                    else "indefinite" if any(e > 0 for e in ev) and any(e < 0 for e in ev)
                    else "positive semidefinite" if all(e >= 0 for e in ev) else "negative semidefinite")
    case["definiteness"] = definiteness
    case["method"] = "eigenvalues of the Hessian %s" % [str(e) for e in ev]
    sq = complete_squares(f)
    if sq is not None:
        case["completedSquare"] = {"text": sq}
        assert sp.expand(parse(sq) - f) == 0
    if definiteness == "positive definite":
        p = case["critical"][0]
        case.update(status="minimum", argmin=[p["point"]], min=p["value"],
                    reason="positive definite: the only critical point is the minimum")
    elif definiteness == "positive semidefinite" and crit is None:
        # A line of critical points, all minimisers; report the one with y = 0 (free variable at 0).
        point = None
        for free, other in ((Y, X), (X, Y)):  # the minimiser with one free variable at 0
            sols = sp.solve([sp.diff(f, v).subs(free, 0) for v in (X, Y)], [other], dict=True)
            if sols:
                point = {free: sp.Integer(0), other: sols[0][other]}
                break
        case.update(status="minimum", argmin=[{"x": exact(point[X]), "y": exact(point[Y])}],
                    min=exact(f.subs(point)), argminSet="line",
                    reason="positive semidefinite with the linear part in the Hessian's range: a line of minima")
    else:
        case.update(status="unbounded", reason={
            "positive semidefinite": "positive semidefinite, but the linear part is not in the Hessian's range: "
                                     "f -> -oo along a null direction",
            "zero": "linear: f -> -oo against the gradient",
            "indefinite": "indefinite: a saddle, f -> -oo along an eigenvector of a negative eigenvalue",
            "negative definite": "negative definite: f -> -oo in every direction",
            "negative semidefinite": "negative semidefinite: f -> -oo along a negative direction"}[definiteness])


def complete_squares(f):
    squares, rest = [], sp.expand(f)
    for v in (X, Y):
        a = rest.coeff(v, 2)
        if a == 0:
            if sp.Poly(rest, X, Y).degree(v) > 0:
                return None
            continue
        b = rest.coeff(v, 1)
        inner = sp.expand(v + b / (2 * a))
        squares.append((a, inner))
        rest = sp.expand(rest - a * inner**2)
    if rest.free_symbols:
        return None
    return square_text(squares, rest) if squares else None


# ---- issue 8: minima attained on a whole set, powers with a variable base, saddles in three or more variables ----

# A minimum c attained on a set. The value c is stated; SymPy proves it: {f < c} is empty and {f = c} is the set
# (solveset on f rewritten as a Piecewise).
ATTAINED = [
    ("relu(x)", 0), ("relu(x - 1) + 2", 2), ("sign(x)", -1), ("abs(x) - x", 0), ("x + abs(x)", 0),
    ("relu(2 - x)", 0), ("abs(x - 1) + abs(x + 1)", 2), ("relu(x) + relu(-x - 3)", 0),
    ("sign(x - 1) + sign(x + 1)", -2), ("relu(x - 1) + relu(-x)", 0), ("abs(x)/x", -1), ("relu(x)^2", 0),
    ("abs(x + 2) + abs(x - 3) - 5", 0), ("relu(3 - x) + relu(x - 5)", 0),
]

# Constants in disguise. SymPy simplifies each to its constant (which is then the minimum, attained everywhere f is
# defined); the domain is read off the expression as typed, before SymPy cancels it, and the reason says how.
CONSTANT = [
    ("sin(x)^2 + cos(x)^2", "(-oo, oo)", "sin and cos are defined everywhere"),
    ("cosh(x)^2 - sinh(x)^2", "(-oo, oo)", "cosh and sinh are defined everywhere"),
    ("x/x", "(-oo, 0) U (0, oo)", "x/x divides by 0 at x = 0 only"),
    ("log(x) - log(x)", "(0, oo)", "log(x) is real for x > 0 only"),
    ("sqrt(x)^2 - x", "[0, oo)", "sqrt(x) is real for x >= 0 only"),
    ("exp(log(x)) - x", "(0, oo)", "log(x) is real for x > 0 only"),
]


def interval_json(iv):
    """SymPy Interval -> {lo, hi, loClosed, hiClosed}, null for an infinite end (JSON has no Infinity)."""
    lo = None if iv.start == -sp.oo else float(iv.start)
    hi = None if iv.end == sp.oo else float(iv.end)
    return {"lo": lo, "hi": hi, "loClosed": lo is not None and not iv.left_open,
            "hiClosed": hi is not None and not iv.right_open}


def attained(item):
    text, c = item
    f = parse(text)
    x = SYMBOLS["x"]
    pw = f.rewrite(sp.Piecewise)
    assert sp.solveset(sp.Lt(pw, c), x, sp.S.Reals) == sp.S.EmptySet, text
    where = sp.solveset(sp.Eq(pw, c), x, sp.S.Reals)
    parts = list(where.args) if isinstance(where, sp.Union) else [where]
    assert all(isinstance(p, sp.Interval) for p in parts), (text, where)
    return {"expr": text, "vars": ["x"], "status": "minimum", "min": exact(sp.Integer(c)),
            "attainedOn": {"x": [interval_json(p) for p in parts]},
            "reason": "sympy.solveset: f < %s has no solution, f = %s on %s" % (c, c, where)}


def constant(item):
    text, domain, why = item
    f = parse(text)
    c = sp.simplify(f)
    assert not c.free_symbols, (text, c)
    parts = []
    for piece in domain.split(" U "):
        lo, hi = piece[1:-1].split(", ")
        parts.append(sp.Interval(sp.sympify(lo), sp.sympify(hi), piece[0] == "(", piece[-1] == ")"))
    return {"expr": text, "vars": ["x"], "status": "minimum", "min": exact(c), "everyPoint": True,
            "attainedOn": {"x": [interval_json(p) for p in parts]},
            "reason": "sympy.simplify(f) = %s, a constant, on the domain %s (%s)" % (c, domain, why)}


# Real powers x^x and kin: f is real only where the base is positive (isolated negative integers where a float
# power happens to be real are not domain). SymPy solves f' = 0 there with a positive symbol and takes the limits
# at the domain's ends.
REAL_POWERS = [("x^x", "x"), ("x^(2x)", "x"), ("(x + 1)^(x + 1)", "x + 1"), ("x^(1/x)", "x")]


def real_power(item):
    text, base = item
    f = parse(text)
    x = SYMBOLS["x"]
    b = parse(base)
    t = sp.Symbol("t", positive=True)  # t = the base, > 0
    x_of_t = sp.solve(sp.Eq(b, t), x)[0]
    g = sp.simplify(f.subs(x, x_of_t))
    crit = sp.solve(sp.diff(g, t), t)
    lo, hi = sp.limit(g, t, 0, "+"), sp.limit(g, t, sp.oo)
    case = {"expr": text, "vars": ["x"], "domain": "%s > 0" % base}
    mins = [(g.subs(t, r), r) for r in crit if sp.diff(g, t, 2).subs(t, r) > 0]
    best = min(mins, key=lambda m: num(m[0]), default=None)
    if best is not None and num(best[0]) <= min(num(lo), num(hi)):
        case.update(status="minimum", min=exact(best[0]), argmin=[{"x": exact(x_of_t.subs(t, best[1]))}],
                    reason="f' = 0 at the one point where f'' > 0; f -> %s and %s at the domain's ends" % (lo, hi))
    else:
        inf = lo if num(lo) <= num(hi) else hi
        case.update(status="no-minimum", infimum=exact(inf),
                    reason="no critical value reaches the limit %s at the domain's end" % inf)
    return case


# Three or more variables. At each listed point, with h measured from it: the lowest-order terms of f(p + h) - f(p)
# (SymPy's expansion) along the stated line t*u are c*t^k; odd k, or c of both signs along two lines, is a saddle.
SADDLES = [
    ("x y z", {"x": 0, "y": 0, "z": 0}, [(1, 1, 1)], (-1, 1, 1)),
    ("x y z w", {"x": 0, "y": 0, "z": 0, "w": 0}, [(1, 1, 1, 1), (-1, 1, 1, 1)], (-1, 1, 1, 1)),
    ("x y z - z^4", {"x": 0, "y": 0, "z": 0}, [(1, 1, 1)], (0, 0, 1)),
]


def saddle(item):
    text, at, lines, ray = item
    f = parse(text)
    names = free_vars(f)
    by_name = {s.name: s for s in f.free_symbols}
    vs = [by_name[n] for n in names]
    t = sp.Symbol("t")
    f0 = f.subs({v: at[v.name] for v in vs}, simultaneous=True)
    out = []
    for u in lines:
        along = sp.Poly(sp.expand(f.subs({v: at[v.name] + t * ui for v, ui in zip(vs, u)}, simultaneous=True) - f0), t)
        k = min(m[0] for m in along.monoms())
        out.append({"line": list(u), "lowest": {"coefficient": int(along.coeff_monomial(t**k)), "power": k}})
    odd = any(o["lowest"]["power"] % 2 == 1 for o in out)
    both = len({o["lowest"]["coefficient"] > 0 for o in out}) == 2
    assert odd or both, text  # f - f(p) takes both signs arbitrarily close to p: a saddle
    along_ray = f.subs({v: at[v.name] + t * ri for v, ri in zip(vs, ray)}, simultaneous=True)
    assert sp.limit(along_ray, t, sp.oo) == -sp.oo, text
    return {"expr": text, "vars": names, "status": "unbounded",
            "critical": [{"point": {n: exact(sp.Integer(at[n])) for n in names}, "nature": "saddle", "lines": out}],
            "reason": "f - f(p) = c t^k + ... along the lines listed (odd k, or c of both signs): a saddle; "
                      "f -> -oo along t*%s (sympy.limit)" % (ray,)}


# ---- minimum sets named as sets (issue 8, core/methods/minimum-set.ts) ----

# Periodic: SymPy's periodicity(f) (or the stated period where it cannot say, checked by simplifying f(x + P) - f(x)
# on the Piecewise form); the minimum c is stated and proved on one period [-P/2, P/2): f < c has no solution there
# and f = c on the set given (solveset). The set repeats with period P.
# SymPy cannot solve a Piecewise whose conditions are periodic (relu(sin x)); there the stated equivalence, checked
# by hand, is solved instead: relu(u) = max(0, u) >= 0 with equality iff u <= 0; |u| >= 0 with equality iff u = 0.
PERIODIC = [("sin(x)", -1, None), ("relu(sin(x))", 0, "2*pi", "sin(x) <= 0"), ("cos(3x)", -1, None),
            ("sin(x)^2", 0, "pi"), ("tan(x)^2", 0, None), ("1 - cos(2x)", 0, "pi"),
            ("abs(sin(x))", 0, "pi", "Eq(sin(x), 0)")]


def point_json(v):
    return {"lo": float(v), "hi": float(v), "loClosed": True, "hiClosed": True}


def one_period(text, f, x, c, period, iff=None):
    window = sp.Interval.Ropen(-period / 2, period / 2)
    if iff is not None and iff.endswith("<= 0"):
        # SymPy 1.11's solveset(sin(x) <= 0) on [-pi, pi) answers {0}: use a sign chart between u's zeros instead.
        u = sp.sympify(iff[:-4], locals={"x": x})
        cuts = sorted(set(sp.solveset(sp.Eq(u, 0), x, window)) | {window.start, window.end}, key=num)
        pieces = [sp.Interval(a, b) for a, b in zip(cuts, cuts[1:]) if num(u.subs(x, (a + b) / 2)) <= 0]
        where = sp.Union(*pieces).intersect(window) if pieces else sp.S.EmptySet
    elif iff is not None:
        where = sp.solveset(sp.sympify(iff, locals={"x": x}), x, window)
    else:
        pw = f.rewrite(sp.Piecewise)
        assert sp.solveset(sp.Lt(pw, c), x, window) == sp.S.EmptySet, text
        where = sp.solveset(sp.Eq(pw, c), x, window)
    parts = list(where.args) if isinstance(where, sp.Union) else [where]
    out = []
    for part in parts:
        if isinstance(part, sp.FiniteSet):
            out += [point_json(v) for v in sorted(part, key=num)]
        else:
            assert isinstance(part, sp.Interval), (text, where)
            out.append(interval_json(part))
    return sorted(out, key=lambda i: i["lo"])


def periodic(item):
    text, c, stated, *iff = item
    f = parse(text)
    x = SYMBOLS["x"]
    period = sp.periodicity(f, x)
    if period is None or stated is not None:
        period = sp.sympify(stated)
        shifted = f.subs(x, x + period).rewrite(sp.Piecewise) - f.rewrite(sp.Piecewise)
        assert sp.simplify(shifted) == 0 or all(
            abs(num(shifted.subs(x, sp.Rational(k, 7)))) < 1e-25 for k in range(-20, 21)), text
    why = "stated, f(x + P) - f(x) checked" if stated is not None else "sympy.periodicity"
    if iff:
        why += "; f = %s iff %s (hand-checked)" % (c, iff[0])
    return {"expr": text, "vars": ["x"], "status": "minimum", "min": exact(sp.sympify(c)),
            "period": exact(period), "onePeriod": one_period(text, f, x, sp.sympify(c), period, *iff),
            "reason": "period %s (%s); on [-P/2, P/2) f < %s has no solution and f = %s on the set (solveset)"
                      % (period, why, c, c)}


# Several variables. separable: each part (one variable) has the stated minimum, proved as in `attained`; the
# set is the product of the parts' sets. form: f(x) = g(u) with u the stated linear form, proved by substituting
# x = u - (the rest) and finding no other variable left; g's minimum proved as in `attained` (on one period when
# g is periodic). constant: sympy.simplify(f) has no variable.
SETS_N = [
    ("relu(x) + y^2", {"x": 0, "y": 0}), ("abs(x) + abs(y - 1)", {"x": 0, "y": 0}),
    ("relu(x - 1) + relu(-y) + 3", {"x": 0, "y": 0}), ("sin(x)^2 + cos(x)^2 + 0*y", "constant"),
    ("abs(x - y)", ("x - y", 0)), ("(x + y)^2", ("x + y", 0)), ("relu(x + y)", ("x + y", 0)),
    ("sin(x + y)", ("x + y", -1)), ("(x - 2y + 1)^2", ("x - 2y", 0)), ("sin(x) + y^2", {"x": -1, "y": 0}),
]


def part_set(text, g, v, c):
    pw = g.rewrite(sp.Piecewise)
    period = sp.periodicity(g, v)
    if period is not None and period != 0:
        return {"set": one_period(text, g, v, c, period), "period": num(period)}
    assert sp.solveset(sp.Lt(pw, c), v, sp.S.Reals) == sp.S.EmptySet, text
    where = sp.solveset(sp.Eq(pw, c), v, sp.S.Reals)
    parts = list(where.args) if isinstance(where, sp.Union) else [where]
    out = []
    for part in parts:
        if isinstance(part, sp.FiniteSet):
            out += [point_json(p) for p in sorted(part, key=num)]
        else:
            assert isinstance(part, sp.Interval), (text, where)
            out.append(interval_json(part))
    return {"set": out}


def set_n(item):
    text, how = item
    f = parse(text)
    names = free_vars(f)
    by_name = {s.name: s for s in f.free_symbols}
    case = {"expr": text, "vars": names, "status": "minimum"}
    if how == "constant":
        c = sp.simplify(f)
        assert not c.free_symbols, text
        case.update(min=exact(c), set={"kind": "everywhere"}, reason="sympy.simplify(f) = %s" % c)
    elif isinstance(how, dict):
        groups = {}
        for term in sp.Add.make_args(f):
            if not term.free_symbols:
                continue
            (v,) = term.free_symbols
            groups[v.name] = groups.get(v.name, 0) + term
        parts = {}
        for name, g in groups.items():
            got = part_set(text, g, by_name[name], sp.sympify(how[name]))
            parts[name] = got
        total = sum(sp.sympify(c) for c in how.values()) + (f - sum(groups.values()))
        case.update(min=exact(sp.sympify(total)), set={"kind": "box", "parts": parts},
                    reason="separable; each part's minimum proved by solveset on its variable")
    else:
        form_text, c = how
        u = sp.Symbol("u")
        form = parse(form_text)
        first = by_name[names[0]]
        lead = form.coeff(first)
        sub = sp.solve(sp.Eq(form, u), first)[0]
        g = sp.simplify(f.subs(first, sub))
        assert g.free_symbols <= {u}, (text, g)
        coefs = {n: num(form.coeff(by_name[n]) / lead) for n in names}
        got = part_set(text, g, u, sp.sympify(c))
        case.update(min=exact(sp.sympify(c)), set={"kind": "form", "coefs": coefs, "values": got},
                    reason="f = g(u), u = %s, g(u) = %s (substitution); g's minimum proved by solveset" % (form, g))
    return case


def generate():
    return {"about": "SymPy %s answers (scripts/oracle/minima.py); critical points: classification is the "
                     "second-derivative/Hessian test, nature the true local behaviour (higher derivatives in one "
                     "variable, neighbouring values in two); text is exact in our syntax or null when only a float "
                     "is known." % sp.__version__,
            "cases": [one_var(t) for t in ONE_VAR] + [two_var(t, h) for t, h in TWO_VAR],
            "attained": [attained(c) for c in ATTAINED] + [constant(c) for c in CONSTANT],
            "realPowers": [real_power(c) for c in REAL_POWERS],
            "saddles": [saddle(c) for c in SADDLES],
            "periodic": [periodic(c) for c in PERIODIC],
            "setsN": [set_n(c) for c in SETS_N]}

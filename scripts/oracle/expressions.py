"""core/fixtures/expressions.json: values, PyTorch gradients and SymPy derivatives of expressions in our syntax."""

import math
import random

import sympy as sp

from syntax import (
    SYMBOLS,
    exact_value,
    free_vars,
    kinks,
    off_kink,
    parse,
    to_text,
    value_and_grad_torch,
)

# Written the way a student types them: implicit multiplication, `^` and `**`, `ln`, `e`.
HAND = {
    "polynomial": [
        "x^2 - 4x", "3x^2 + 2x - 1", "x^3 - 3x", "x^4 - 2x^2", "2x^5 - x^3 + 7", "-x^2 + 6x - 5",
        "0.5x^2 - 0.25x + 3", "(x - 1)^2", "(x + 1)(x - 1)", "3(x + 1)^3", "(2x - 3)^4", "x^2 - 4*x + 4",
        "x**3 - 2x**2", "1 - x + x^2/2 - x^3/6", "(x^2 + 1)^2 - 3", "4x", "-7", "x", "x^10 - x",
        "(x - 2)(x + 3)(x - 0.5)", "1e-3x^2 + .5x", "-(x - 3)^2 + 1", "x^6 - 3x^4 + 3x^2 - 1", "2^3x",
    ],
    "rational": [
        "1/x", "1/(1 + x^2)", "x/(x^2 + 1)", "(x^2 - 1)/(x^2 + 1)", "(2x + 3)/(x - 4)", "1/x^2 + x",
        "x^2/(x - 1)", "(x + 1)/(x - 1)^2", "3/(2x + 5)", "(x^3 - x)/(x^2 + 4)", "1/(x(x + 1))",
        "x + 4/x", "(1 - x)/(1 + x)", "x^(-3)", "x**-2 + 2", "1/(1 + 1/x)",
    ],
    "trig": [
        "sin(x)", "cos(x)", "tan(x)", "sec(x)", "csc(x)", "cot(x)", "2 sin(x)", "sin(2x)", "sin(x)^2 + cos(x)^2",
        "sin(x)cos(x)", "x sin(x)", "sin(x)/x", "tan(x/2)", "cos(3x - 1)", "sin(x^2)", "sec(x)^2 - tan(x)^2",
        "csc(2x) + cot(x)", "sin(pi x)", "cos(x)^3", "x^2 cos(x)", "sin(sin(x))", "tan(x)^2", "3sec(x/3)",
        "cot(x)^2 + 1", "sin(x)cos(2x)tan(x/4)",
    ],
    "inverse_trig": [
        "asin(x)", "acos(x)", "atan(x)", "asin(x/4)", "acos(x/3)", "atan(2x + 1)", "x atan(x)", "atan(1/x)",
        "asin(x)^2", "acos(sin(x))", "atan(x^2)", "asin(1/(1 + x^2))", "atan(x)/(1 + x^2)",
    ],
    "hyperbolic": [
        "sinh(x)", "cosh(x)", "tanh(x)", "cosh(x)^2 - sinh(x)^2", "tanh(2x - 1)", "x sinh(x)",
        "cosh(x/2)^3", "sinh(x)/cosh(x)", "tanh(x)^2", "log(cosh(x))",
    ],
    "exp_log": [
        "exp(x)", "e^x", "e^(-x^2)", "exp(-x/10)", "x exp(x)", "log(x)", "ln(x)", "x log(x)", "log(x^2 + 1)",
        "ln(1 + e^x)", "exp(sin(x))", "2^x", "x^x", "log(x)/x", "exp(x)/(1 + exp(x))", "log(log(x))",
        "exp(2x) - 2exp(x)", "x^2 e^(-x)", "e^x - x - 1", "log(sqrt(x))", "exp(-x)sin(x)", "e x",
        "log(x)^2", "10^(x/2)", "e^(2)x",
    ],
    "sqrt_abs_etc": [
        "sqrt(x)", "sqrt(x^2 + 1)", "sqrt(1 - x^2)", "x sqrt(x)", "1/sqrt(x)", "sqrt(sqrt(x))", "x^(3/2)",
        "x^0.5 + x^1.5", "abs(x)", "abs(x - 1) + abs(x + 1)", "x abs(x)", "sign(x)x^2", "abs(sin(x))",
        "sqrt(abs(x))", "sigmoid(x)", "sigmoid(2x - 1)", "relu(x)", "relu(x - 1) + relu(-x)", "sigmoid(x)(1 - sigmoid(x))",
        "relu(sin(x))", "log(sigmoid(x))", "sqrt(x^2)", "abs(x^3 - x)",
    ],
    "composition": [
        "sin(x)*exp(-x^2/10) + 0.1x^2", "sin(x)exp(-x/10) + 0.1x^2", "exp(sin(x^2))", "log(1 + sin(x)^2)",
        "sqrt(1 + cos(x)^2)", "tanh(sin(x) + cos(x))", "atan(exp(x))", "sin(x)/(2 + cos(x))",
        "(x^2 + 1)^(1/3)", "exp(-(x - 1)^2/2)/sqrt(2pi)", "log(1 + exp(-x))", "cos(log(x))", "sin(1/x)",
        "x^2 sin(1/x)", "sqrt(x + sqrt(x))", "exp(x)sin(x) - cos(x)^2", "(sin(x) + 1)^3", "tan(atan(x) + 1)",
        "log(x + sqrt(x^2 + 1))", "e^(cos(x))sin(2x)", "sin(x) + sin(2x)/2 + sin(3x)/3 + sin(4x)/4",
        "exp(-x)cos(3x) + x/5", "asin(tanh(x))", "sigmoid(3sin(x))", "x^3 exp(-x) ln(x)",
    ],
    "two_variables": [
        "(1 - x)^2 + 100(y - x^2)^2", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "(x + 2y - 7)^2 + (2x + y - 5)^2",
        "(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2", "x^2 + y^2", "x^2 - y^2",
        "x^2 + 100y^2", "(x - 1)^2 + (y + 2)^2", "x y", "x^2 + x y + y^2", "2x^2 - 3x y + y^2 + x - y",
        "sin(x)cos(y)", "exp(x y)", "log(x^2 + y^2)", "sqrt(x^2 + y^2)", "x e^(-x^2 - y^2)", "atan(y/x)",
        "x^2 y + y^3", "(x - y)^2 + (x + y - 2)^2/10", "sin(x + y) + cos(x - y)", "x/y + y/x",
        "tanh(x)tanh(y)", "x^3 - 3x y^2", "(x^2 + y^2)^2 - 2(x^2 - y^2)", "exp(-(x^2 + y^2)/2)sin(3x)",
        "log(1 + exp(x - y))", "sigmoid(x + 2y - 1)", "abs(x) + abs(y)", "x^y", "10(y - x^2)^2 + (1 - x)^2",
        "0.01x^2 + y^2", "3(x - y)^2 + sin(x)", "(x y - 1)^2", "x^4 + y^4 - 4x y", "cosh(x)cos(y)",
    ],
    "syntax": [
        "e^-x", "x^-2 + x", "2^x^2", "-x^2 + 3x", "-2^x", "(1/3)x^3 - x", "3.5e-1x^2", "2pi x", "pi x^2",
        "e^(x^2)/10", "x**2**0.5", "2 x y", "-(-x)^3", "x(x + 1)(x + 2)", "sin(x)(x + 1)", "2sqrt(x)sqrt(y)",
        "sin(sin(sin(sin(x))))", "(((x + 1)^2 + 1)^2 + 1)^2", "exp(exp(-x^2))", "1/(1/(1/(1 + x^2) + 1) + 1)",
        " + ".join("sin(%dx)/%d" % (k, k) for k in range(1, 21)).replace("sin(1x)/1", "sin(x)"),
        " + ".join("x^%d/%d" % (k, k) for k in range(1, 13)),
        "log(x) + log(y) - x y", "x^2 y - y^2 x + x y", "(x - 2y)^2/(1 + y^2)",
    ],
    "other_names": [
        "theta^2 - 2theta", "sin(theta)cos(theta)", "w_1^2 + 3w_1", "t exp(-t)", "x^2 + y^2 + z^2",
        "x y z", "(w_1 - 2)^2 + theta^2", "z^3 - z",
    ],
}

UNARY = ["sin", "cos", "tan", "exp", "log", "sqrt", "atan", "sinh", "cosh", "tanh", "asin", "acos", "abs", "sigmoid",
         "relu", "sec", "csc", "cot"]

# The functions of issue 16, alone, composed and in products. They are generated after everything above, with
# their own seeds, so the cases above stay byte for byte what they were.
MORE = {
    "more_functions": [
        "cbrt(x)", "log10(x)", "log2(x)", "exp2(x)", "asinh(x)", "acosh(x)", "atanh(x)", "sech(x)", "csch(x)",
        "coth(x)", "asec(x)", "acsc(x)", "acot(x)", "softplus(x)",
        "cbrt(x^2 - 4)", "cbrt(1 - x^3)", "log10(x^2 + 1)", "log2(1 + exp2(x))", "exp2(-x^2)", "exp2(sin(x))",
        "asinh(2x - 1)", "acosh(1 + x^2)", "acosh(x/2)", "atanh(x/5)", "atanh(tanh(x)/2)", "sech(x)^2",
        "csch(2x + 1)", "coth(x/2)", "asec(x^2 + 1)", "acsc(2 + x^2)", "acot(2x - 1)", "softplus(3x - 2)",
        "softplus(-x^2)", "log(softplus(x))", "sqrt(1 + sech(x))", "atan(asinh(x))", "cbrt(log2(x))",
        "x cbrt(x)", "x^2 log10(x)", "exp2(x) log2(x)", "asinh(x) acosh(x^2 + 2)", "sech(x) tanh(x)",
        "coth(x) csch(x)", "x acot(x)", "asec(x) acsc(x)", "softplus(x) sigmoid(x)", "cbrt(x) exp(-x)",
        "atanh(x/3) sin(x)", "3log10(x) - log2(x)", "acot(x)^2 + asec(x + 3)",
        "softplus(x - y) + softplus(y - x)", "cbrt(x y)", "log2(x^2 + y^2 + 1)", "acot(x/y)",
        "exp2(x + y) sech(x - y)", "asinh(x y) + atanh(y/4)", "coth(x^2 + y^2 + 1)", "acsc(x^2 + y^2 + 2) x",
    ],
}
NEW_FUNCTIONS = ["cbrt", "log10", "log2", "exp2", "asinh", "acosh", "atanh", "sech", "csch", "coth", "asec", "acsc",
                 "acot", "softplus"]


class Generator:
    """Random expressions printed in our syntax, with the student's habits (implicit products, `**`)."""

    def __init__(self, seed, unary=UNARY):
        self.r = random.Random(seed)
        self.unary = unary

    def coef(self):
        return self.r.choice(["2", "3", "0.5", "1.5", "4", "0.25", "5", "10", "7", "1/3"])

    def atom(self, names):
        v = self.r.choice(names)
        k = self.r.random()
        if k < 0.35:
            return v
        if k < 0.6:
            c = self.coef()
            return (c + v) if "/" not in c else "(%s)%s" % (c, v)
        if k < 0.8:
            return "%s%s%s" % (v, self.r.choice(["^", "**"]), self.r.choice(["2", "3", "4", "(-1)", "(1/2)"]))
        return "(%s %s %s)" % (v, self.r.choice(["+", "-"]), self.coef())

    def expr(self, names, depth):
        if depth == 0:
            return self.atom(names)
        k = self.r.random()
        if k < 0.35:
            f = self.r.choice(self.unary)
            inner = self.expr(names, depth - 1)
            if f in ("asin", "acos", "atanh"):  # keep the argument inside (-1, 1) at most sample points
                inner = "%s/(1 + (%s)^2)" % (self.atom(names), inner)
            elif f in ("acosh", "asec", "acsc"):  # and outside it for these
                inner = "1.5 + (%s)^2" % inner
            return "%s(%s)" % (f, inner)
        a, b = self.expr(names, depth - 1), self.expr(names, depth - 1)
        if k < 0.55:
            return "%s %s %s" % (a, self.r.choice(["+", "-"]), b)
        if k < 0.75:
            return "(%s)(%s)" % (a, b) if self.r.random() < 0.5 else "%s*%s" % (self.wrap(a), self.wrap(b))
        if k < 0.9:
            return "(%s)/(%s)" % (a, b)
        return "%s %s" % (self.coef(), self.wrap(a)) if self.r.random() < 0.5 else "(%s)^2" % a

    def wrap(self, s):
        # `2 10x` is two numbers in a row: only a bare name goes unwrapped.
        return s if s.replace("_", "").isalnum() and not s[0].isdigit() else "(%s)" % s


POINTS_1 = [0.75, -1.25, 2.5, 0.375, -0.625, 1.5, 3.25, -2.75, 0.125, 4.5, -0.375, 1.125]
POINTS_2 = [(0.75, -1.25), (1.5, 0.5), (-0.625, 2.25), (2.5, 1.75), (-1.5, -0.875), (0.375, 0.625), (3.0, -2.5),
            (-2.25, 1.125)]


def close(a, b, rel):
    return abs(a - b) <= rel * max(abs(a), abs(b)) + 1e-14


def sample_points(expr, typed, names, derivs, r, want):
    """Points inside the domain, away from kinks, where PyTorch and SymPy agree to 1e-12 (well conditioned).

    PyTorch runs on the tree as typed, so a point where some piece leaves the domain is dropped even when SymPy
    simplified that piece away."""
    if len(names) == 1:
        cands = [{names[0]: p} for p in POINTS_1]
    else:
        cands = []
        for p in POINTS_2:
            pt = {}
            for i, n in enumerate(names):
                pt[n] = p[i % 2] if i < 2 else p[0] / 2 + 0.25 * i
            cands.append(pt)
    r.shuffle(cands)
    out = []
    kink_args = kinks(expr) + [k for d in derivs.values() for k in kinks(d)]
    for pt in cands:
        exact = exact_value(expr, pt)
        if exact is None or abs(exact) > 1e8:
            continue
        if any((lambda k: k is None or abs(k) < 1e-6)(exact_value(k, pt)) for k in kink_args):
            continue
        sym_grad = {n: exact_value(derivs[n], pt) for n in names}
        if any(g is None or abs(g) > 1e8 for g in sym_grad.values()):
            continue
        value, grad = value_and_grad_torch(typed, names, pt)
        if not close(value, exact, 1e-12) or not all(close(grad[n], sym_grad[n], 1e-12) for n in names):
            continue
        out.append({"at": pt, "value": value, "grad": grad, "sympyGrad": sym_grad})
        if len(out) == want:
            break
    return out


def build_case(text, category, r):
    expr = parse(text)
    typed = parse(text, evaluate=False)
    names = free_vars(expr)
    if names != free_vars(typed):  # SymPy cancelled a variable away (x - x + y): the core would still see it
        return None
    if not names:
        names = ["x"]  # a constant: its derivative in x is 0
    derivs = {n: off_kink(sp.diff(expr, SYMBOLS[n])) for n in names}
    texts = {n: to_text(derivs[n]) for n in names}
    points = sample_points(expr, typed, names, derivs, r, 3 if len(names) == 1 else 2)
    for n in names:  # the printed derivative must read back as the same function
        back = parse(texts[n])
        for p in points:
            if not close(exact_value(back, p["at"]), p["sympyGrad"][n], 1e-12):
                raise AssertionError("printed derivative %s of %s does not read back" % (texts[n], text))
    if len(points) < 2:
        return None
    return {"expr": text, "category": category, "vars": names, "sympy": to_text(expr), "derivatives": texts,
            "points": points}


# Points on a kink or at the edge of a domain, where PyTorch's convention decides: relu'(0) = 0, abs'(0) = sign(0) = 0;
# where torch's gradient is inf or nan (sqrt at 0) the core must report a domain error instead.
KINKS = [
    ("relu(x)", 0.0), ("abs(x)", 0.0), ("x abs(x)", 0.0), ("relu(x - 1)", 1.0), ("sign(x)", 0.0),
    ("abs(x - 2) + abs(x + 1)", 2.0), ("relu(x)^2", 0.0), ("abs(sin(x))", 0.0), ("relu(-x)", 0.0),
    ("abs(x)^3", 0.0), ("relu(x) + relu(2 - x)", 2.0), ("sigmoid(relu(x))", 0.0), ("abs(x^2 - 1)", 1.0),
    ("sqrt(x)", 0.0), ("x^(1/3)", 0.0), ("x^0.5", 0.0), ("sqrt(x^2)", 0.0), ("log(x)", 0.0), ("1/x", 0.0),
    ("asin(x)", 1.0), ("acos(x)", -1.0), ("sqrt(1 - x^2)", 1.0), ("x^2 + sqrt(x)", 0.0),
    # the functions of issue 16 at the edges of their domains (acot jumps at 0: acot(0) = pi/2, as SymPy has it)
    ("cbrt(x)", 0.0), ("cbrt(x^2 - 1)", 1.0), ("log10(x)", 0.0), ("log2(x)", 0.0), ("acosh(x)", 1.0),
    ("atanh(x)", 1.0), ("atanh(x)", -1.0), ("csch(x)", 0.0), ("coth(x)", 0.0), ("asec(x)", 1.0), ("acsc(x)", -1.0),
    ("acot(x)", 0.0),
]


def kink_cases():
    out = []
    for text, x in KINKS:
        typed = parse(text, evaluate=False)
        value, grad = value_and_grad_torch(typed, ["x"], {"x": x})
        finite = all(map(math.isfinite, [value, grad["x"]]))
        out.append({"expr": text, "at": {"x": x}, "value": value if math.isfinite(value) else None,
                    "grad": grad if finite else None, "domain": not finite})
    return out


def hand_cases(families, r, cases, skipped, seen, careful=False):
    """Hand-written families; `careful`: a derivative with no spelling in our syntax skips the case, not the run."""
    for category, texts in families.items():
        for text in texts:
            try:
                case = build_case(text, category, r)
            except ValueError:
                if not careful:
                    raise
                case = None
            (cases.append(case) if case else skipped.append(text))
            seen.add(text)


def generated_cases(gen, r, count, category, cases, seen, wanted=lambda text: True):
    """`count` random compositions from `gen` that SymPy and PyTorch can both check."""
    target = len(cases) + count
    while len(cases) < target:
        names = ["x"] if gen.r.random() < 0.6 else ["x", "y"]
        text = gen.expr(names, gen.r.choice([1, 2, 2, 3]))
        if text in seen or len(text) > 160 or not wanted(text):
            continue
        seen.add(text)
        try:
            case = build_case(text, category, r)
        except ValueError:
            case = None
        if case and len(case["vars"]) == len(names):
            cases.append(case)


def generate():
    r = random.Random(20261129)
    cases, skipped, seen = [], [], set()
    hand_cases(HAND, r, cases, skipped, seen)
    generated_cases(Generator(7), r, 170, "generated", cases, seen)
    # The functions of issue 16, with their own seeds: the cases above stay what they were.
    r = random.Random(20261207)
    hand_cases(MORE, r, cases, skipped, seen, careful=True)
    generated_cases(Generator(16, UNARY + NEW_FUNCTIONS), r, 40, "generated_more", cases, seen,
                    lambda text: any(f + "(" in text for f in NEW_FUNCTIONS))
    return {"about": "Generated by scripts/oracle/generate.py (SymPy %s, PyTorch %s). value and grad: PyTorch "
                     "float64 autograd; sympyGrad: SymPy diff evaluated with 30 digits; derivatives: SymPy diff "
                     "printed in our input syntax." % (sp.__version__, __import__("torch").__version__),
            "skipped": skipped, "cases": cases, "kinks": kink_cases()}

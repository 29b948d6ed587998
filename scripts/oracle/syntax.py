"""Our input syntax <-> SymPy, and a PyTorch evaluator for SymPy trees.

parse(text)  reads the app's syntax (`2x^2`, `3(x+1)`, `2 sin(x)`, `ln`, `e`, `**` or `^`) with SymPy's own parser
             plus implicit multiplication; decimals become exact rationals so SymPy's numbers are exact.
to_text(e)   prints a SymPy expression back in the app's syntax (`^`, `abs`, `e`), so the core's parser can read
             SymPy's `diff` output and count its operations.
torch_eval   builds the same expression from torch float64 ops, so autograd gives PyTorch's gradient.
"""

import math

import sympy as sp
import torch
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication,
    parse_expr,
    rationalize,
    standard_transformations,
)
from sympy.printing.str import StrPrinter

FUNCTIONS = {"sin", "cos", "tan", "sec", "csc", "cot", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp", "log",
             "sign", "asinh", "acosh", "atanh", "sech", "csch", "coth", "asec", "acsc", "acot"}
TRANSFORMS = standard_transformations + (implicit_multiplication, convert_xor, rationalize)
VARIABLES = ["x", "y", "z", "t", "theta", "w_1"]
# Real symbols: d/dx abs(x) is then sign(x), not an expression in re() and im().
SYMBOLS = {name: sp.Symbol(name, real=True) for name in VARIABLES}
_u = sp.Symbol("u", real=True)
LOCALS = {
    **SYMBOLS,
    "e": sp.E,
    "pi": sp.pi,
    "ln": sp.log,
    "log": sp.log,
    "abs": sp.Abs,
    "sign": sp.sign,
    "sigmoid": sp.Lambda(_u, 1 / (1 + sp.exp(-_u))),
    "relu": sp.Lambda(_u, sp.Max(0, _u)),
    # The functions of issue 16 that SymPy has under the same name, and those it writes with others. cbrt is the
    # real cube root (SymPy's own cbrt is the principal root, complex for a negative number).
    "asinh": sp.asinh,
    "acosh": sp.acosh,
    "atanh": sp.atanh,
    "sech": sp.sech,
    "csch": sp.csch,
    "coth": sp.coth,
    "asec": sp.asec,
    "acsc": sp.acsc,
    "acot": sp.acot,
    # (a plain function: parse_expr's evaluate=False passes `evaluate` to calls of names SymPy knows, as cbrt)
    "cbrt": lambda u, evaluate=True: sp.real_root(u, 3),
    "log10": sp.Lambda(_u, sp.log(_u, 10)),
    "log2": sp.Lambda(_u, sp.log(_u, 2)),
    "exp2": sp.Lambda(_u, 2 ** _u),
    "softplus": sp.Lambda(_u, sp.log(1 + sp.exp(_u))),
}


def parse(text, evaluate=True):
    """evaluate=False keeps the tree as typed (`(x - x)^2 / acos(sqrt(x))` stays a quotient), for PyTorch."""
    return parse_expr(text, local_dict=dict(LOCALS), transformations=TRANSFORMS, evaluate=evaluate)


def free_vars(expr):
    """Variables in the core's display order: x, y, z first, then alphabetical."""
    rank = {"x": 0, "y": 1, "z": 2}
    return sorted((s.name for s in expr.free_symbols), key=lambda n: (rank.get(n, 3), n))


def off_kink(expr):
    """Derivatives of abs/sign/relu away from their kinks: DiracDelta is 0 there."""
    return expr.replace(sp.DiracDelta, lambda *a: sp.Integer(0))


class TextPrinter(StrPrinter):
    """SymPy's str() with the app's spelling; operators and grouping unchanged."""

    def _print_Pow(self, expr, rational=False):
        return super()._print_Pow(expr, rational).replace("**", "^")

    def _print_Exp1(self, expr):
        return "e"

    def _print_Abs(self, expr):
        return "abs(%s)" % self._print(expr.args[0])

    def _print_Heaviside(self, expr):
        # relu'(u): 1 for u > 0 and 0 for u < 0, the only points the fixtures sample.
        return "(sign(%s) + 1)/2" % self._print(expr.args[0])

    def _print_Max(self, expr):
        a, b = expr.args
        if a == 0 or b == 0:
            return "relu(%s)" % self._print(b if a == 0 else a)
        raise ValueError("Max with no zero argument has no spelling in our syntax: %s" % expr)

    def _print_Float(self, expr):
        return repr(float(expr))

    def _print_Function(self, expr):
        if expr.func.__name__ not in FUNCTIONS:
            raise ValueError("no spelling in our syntax for %s" % expr.func.__name__)
        return super()._print_Function(expr)

    def _print_Symbol(self, expr):
        return expr.name

    def emptyPrinter(self, expr):
        raise ValueError("no spelling in our syntax for %r" % (expr,))


def to_text(expr):
    if expr.has(sp.zoo, sp.nan, sp.oo, -sp.oo, sp.I, sp.Derivative, sp.DiracDelta, sp.re, sp.im):
        raise ValueError("no spelling in our syntax for %s" % expr)
    return TextPrinter().doprint(expr)


def kinks(expr):
    """Arguments of abs, sign, relu: the fixtures avoid points where one of these is 0."""
    out = []
    for node in sp.preorder_traversal(expr):
        if isinstance(node, (sp.Abs, sp.sign, sp.Heaviside)):
            out.append(node.args[0])
        elif isinstance(node, sp.Max):
            out.extend(a for a in node.args if a != 0)
    return out


_UNARY = {
    sp.sin: torch.sin,
    sp.cos: torch.cos,
    sp.tan: torch.tan,
    sp.sec: lambda u: 1 / torch.cos(u),
    sp.csc: lambda u: 1 / torch.sin(u),
    sp.cot: lambda u: 1 / torch.tan(u),
    sp.asin: torch.asin,
    sp.acos: torch.acos,
    sp.atan: torch.atan,
    sp.sinh: torch.sinh,
    sp.cosh: torch.cosh,
    sp.tanh: torch.tanh,
    sp.exp: torch.exp,
    sp.log: torch.log,
    sp.Abs: torch.abs,
    sp.sign: torch.sign,
    sp.asinh: torch.asinh,
    sp.acosh: torch.acosh,
    sp.atanh: torch.atanh,
    sp.sech: lambda u: 1 / torch.cosh(u),
    sp.csch: lambda u: 1 / torch.sinh(u),
    sp.coth: lambda u: 1 / torch.tanh(u),
    sp.asec: lambda u: torch.acos(1 / u),
    sp.acsc: lambda u: torch.asin(1 / u),
    sp.acot: lambda u: torch.atan(1 / u),
}


def torch_eval(expr, env):
    """Evaluate a SymPy tree with torch ops on float64 tensors `env[name]` (autograd records the graph)."""
    memo = {}

    def go(e):
        if e in memo:
            return memo[e]
        if e.is_Symbol:
            r = env[e.name]
        elif e.is_Number or e in (sp.pi, sp.E):
            r = torch.tensor(float(e), dtype=torch.float64)
        elif e.is_Add:
            r = go(e.args[0])
            for a in e.args[1:]:
                r = r + go(a)
        elif e.is_Mul:
            r = go(e.args[0])
            for a in e.args[1:]:
                r = r * go(a)
        elif e.is_Pow:
            b, p = e.args
            if p == sp.Rational(1, 2):
                r = torch.sqrt(go(b))
            elif p == sp.Rational(-1, 2):
                r = 1 / torch.sqrt(go(b))
            elif p.is_Integer:
                r = torch.pow(go(b), int(p))
            elif p.is_Number:
                r = torch.pow(go(b), float(p))
            else:
                r = torch.pow(go(b), go(p))
        elif isinstance(e, sp.Max):
            a, b = e.args
            r = torch.relu(go(b if a == 0 else a))
        elif e.func in _UNARY:
            r = _UNARY[e.func](go(e.args[0]))
        else:
            raise ValueError("no torch op for %s" % e.func)
        memo[e] = r
        return r

    return go(expr)


def value_and_grad_torch(expr, names, point):
    env = {n: torch.tensor(point[n], dtype=torch.float64, requires_grad=True) for n in names}
    out = torch_eval(expr, env)
    if not out.requires_grad:  # a constant: torch has no graph, every partial is 0
        return float(out), {n: 0.0 for n in names}
    out.backward()
    return float(out), {n: (float(env[n].grad) if env[n].grad is not None else 0.0) for n in names}


def exact_value(expr, point, digits=30):
    """High-precision real value at a point, or None when it is not a finite real number."""
    subs = {SYMBOLS[n]: sp.Rational(v) for n, v in point.items()}
    try:
        v = sp.N(expr.subs(subs), digits)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not v.is_number or v.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    re, im = v.as_real_imag()
    if abs(im) > sp.Float(10) ** (-25) * (1 + abs(re)):
        return None
    f = float(re)
    return f if math.isfinite(f) else None

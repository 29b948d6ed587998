"""core/fixtures/mathjs-suite.json: math.js's derivative-suite inputs, each with SymPy's derivative at sample points.

The inputs and what our reading policy says they mean are in mathjs-derivative.tsv; SymPy parses that reading in
its own standard notation (explicit `*` and `**`, no implicit products), so the oracle does not share the app's
parser. The vitest suite then checks each input is either read by the app with the same derivatives at every
sample point, or refused with a positioned message: never misread.
"""

import os

import sympy as sp
from sympy.parsing.sympy_parser import parse_expr, rationalize, standard_transformations

from syntax import SYMBOLS, exact_value, free_vars, off_kink

TSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mathjs-derivative.tsv")
POINTS_1 = [0.75, -1.25, 2.5, 0.375, -0.625, 1.5, 3.25, -0.125]
POINTS_3 = [(0.75, 1.25, -0.5), (1.5, 0.5, 2.25), (-0.625, 2.5, 0.375), (2.25, 0.125, -1.75)]
LOCALS = {**SYMBOLS, "Abs": sp.Abs, "sign": sp.sign, "E": sp.E, "pi": sp.pi}


def inputs():
    with open(TSV, encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]
    return [(text, None if reading == "-" else reading) for text, reading in rows]


def read(reading, evaluate=True):
    return parse_expr(reading, local_dict=dict(LOCALS), transformations=standard_transformations + (rationalize,),
                      evaluate=evaluate)


def candidates(names):
    if not names:
        return [{}]
    if len(names) == 1:
        return [{names[0]: p} for p in POINTS_1]
    return [{n: p[i] for i, n in enumerate(names)} for p in POINTS_3]


def sample(expr, names, positive=False):
    if positive:
        # 0^(2^x + x^3 + 2): SymPy sees the exponent is positive (so the power is 0) only for positive symbols.
        pos = {SYMBOLS[n]: sp.Symbol(n, positive=True) for n in names}
        expr = expr.subs(pos)
    derivs = {n: off_kink(sp.diff(expr, sp.Symbol(n, positive=True) if positive else SYMBOLS[n])) for n in names}
    points = []
    for at in candidates(names):
        if positive:
            if min(at.values()) <= 0:
                continue
            at_sym = {sp.Symbol(n, positive=True): sp.Rational(v) for n, v in at.items()}
            value = exact_value(expr.subs(at_sym), {})
            grad = {n: exact_value(d.subs(at_sym), {}) for n, d in derivs.items()}
        else:
            value = exact_value(expr, at)
            grad = {n: exact_value(d, at) for n, d in derivs.items()}
        if value is not None and all(g is not None for g in grad.values()):
            points.append({"at": at, "value": value, "grad": grad})
    return points


def case(text, reading):
    if reading is None:
        return {"input": text, "reading": None}
    expr = read(reading)
    # The variables as typed: (x^x^x^x)^0 is 1, but its derivative with respect to x (0) is still asked for.
    names = free_vars(read(reading, evaluate=False))
    points = sample(expr, names) or sample(expr, names, positive=True)
    return {"input": text, "reading": reading, "vars": names, "points": points}


def generate():
    return {
        "source": "josdejong/mathjs test/unit-tests/function/algebra/derivative.test.js @ 0b0c16ce7474",
        "cases": [case(text, reading) for text, reading in inputs()],
    }

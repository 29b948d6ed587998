"""core/fixtures/stability.json: the curvature at gradient descent's start, from SymPy.

For each function and start x0: the Hessian (f'' in one variable) at x0 and its eigenvalues (SymPy's, at 30
digits, sorted ascending), and whether f is a quadratic (total degree <= 2), where the contraction factor
max |1 - lr lambda_i| holds at every step. Plain gradient descent is stable near x0 only for lr < 2/lambda_max.
"""

import sympy as sp

from syntax import free_vars, parse

CASES = [
    ("x^2 - 4x", {"x": 10}),
    ("x^4", {"x": 10}),
    ("sin(x) + x^2/10", {"x": 10}),
    ("x^4 - 2x^2", {"x": 0.5}),
    ("x^3 - 3x", {"x": -1}),
    ("(1 - x)^2 + 100(y - x^2)^2", {"x": 10, "y": 1}),
    ("(1 - x)^2 + 100(y - x^2)^2", {"x": -1.2, "y": 1}),
    ("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", {"x": 0, "y": 0}),
    ("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", {"x": 10, "y": 1}),
    ("(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", {"x": 1, "y": 1}),
    ("(x + 2y - 7)^2 + (2x + y - 5)^2", {"x": 0, "y": 0}),
    ("x^2 - y^2", {"x": 1, "y": 0.01}),
    ("-x^2 - y^2", {"x": 1, "y": 1}),
]


def num(v):
    return float(sp.N(v, 30))


def case(text, x0):
    expr = parse(text)
    names = free_vars(expr)
    syms = {str(s): s for s in expr.free_symbols}
    vs = [syms[n] for n in names]
    at = {syms[n]: sp.nsimplify(x0[n], rational=True) for n in names}
    hessian = sp.hessian(expr, vs).subs(at)
    eig = sorted(num(e) for e in hessian.eigenvals(multiple=True))
    poly = sp.Poly(expr, *vs) if expr.is_polynomial(*vs) else None
    return {"expr": text, "x0": x0, "hessian": [[num(hessian[i, j]) for j in range(len(vs))] for i in range(len(vs))],
            "eigenvalues": eig, "quadratic": poly is not None and poly.total_degree() <= 2}


def generate():
    return {"about": "Hessian at the start and its eigenvalues, from scripts/oracle/stability.py (SymPy %s)."
            % sp.__version__, "cases": [case(t, x0) for t, x0 in CASES]}

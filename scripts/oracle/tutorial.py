"""core/fixtures/tutorial.json: the tutorial's gradient descent on f(x) = x^2 - 4x, x0 = 10, lr = 0.02."""

import torch

EXPR = "x^2 - 4x"
X0, LR, TOL, FIXED_STEPS = 10.0, 0.02, 1e-3, 1000


def f(x):
    return x * x - 4 * x


def df(x):
    return 2 * x - 4


def until_tolerance():
    """x <- x - lr f'(x), stopping after the update where |f(x_{k+1}) - f(x_k)| <= tol (plain Python floats)."""
    xs = [X0]
    while True:
        x_new = xs[-1] - LR * df(xs[-1])
        xs.append(x_new)
        if abs(f(x_new) - f(xs[-2])) <= TOL:
            break
    return {"iterations": len(xs) - 1, "x": xs[-1], "f": f(xs[-1]), "trajectory": [{"x": x, "f": f(x)} for x in xs]}


def fixed_loop():
    """The tutorial's 1000-step torch loop (float64): backward, update under no_grad, zero the gradient."""
    x = torch.tensor(X0, dtype=torch.float64, requires_grad=True)
    for _ in range(FIXED_STEPS):
        y = x**2 - 4 * x
        y.backward()
        with torch.no_grad():
            x -= LR * x.grad
        x.grad.zero_()
    plain = X0
    for _ in range(FIXED_STEPS):
        plain -= LR * df(plain)
    return {"steps": FIXED_STEPS, "x": float(x), "f": f(float(x)), "xPlain": plain}


def first_grad():
    x = torch.tensor(X0, dtype=torch.float64, requires_grad=True)
    y = x**2 - 4 * x
    y.backward()
    return {"x": X0, "value": float(y), "grad": float(x.grad)}


def generate():
    return {"about": "Tutorial run from scripts/oracle/tutorial.py (torch %s)." % torch.__version__,
            "expr": EXPR, "x0": X0, "lr": LR, "tol": TOL, "firstGrad": first_grad(),
            "untilTolerance": until_tolerance(), "fixedLoop": fixed_loop()}

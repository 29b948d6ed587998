"""core/fixtures/zero-grad.json: "forget zero_grad()": torch.optim runs whose loop never zeroes .grad.

The loop is optimizers.py's with opt.zero_grad() left out, so each backward adds into .grad and every update uses
the running sum of all gradients so far. steps[0] is x0; steps[k] the point after update k, with f there and
`grad`, the accumulated .grad the next update uses (what a student printing x.grad would see).
"""

import torch

from optimizers import FUNCTIONS
from syntax import free_vars, parse, torch_eval

STEPS = 60

CASES = [
    ("quadratic", {"name": "sgd", "lr": 0.02}),
    ("quadratic", {"name": "sgd", "lr": 0.02, "momentum": 0.9}),
    ("booth", {"name": "sgd", "lr": 0.005}),
    ("booth", {"name": "sgd", "lr": 0.002, "momentum": 0.5}),
]

TORCH = {"sgd": torch.optim.SGD}


def run(fn_name, spec):
    text, x0 = FUNCTIONS[fn_name]
    expr = parse(text)
    names = free_vars(expr)
    params = {n: torch.tensor(x0[n], dtype=torch.float64, requires_grad=True) for n in names}
    kwargs = {k: v for k, v in spec.items() if k != "name"}
    opt = TORCH[spec["name"]]([params[n] for n in names], **kwargs)

    def evaluate():
        f = torch_eval(expr, params)  # no opt.zero_grad(): backward accumulates into .grad
        f.backward()
        return float(f), {n: float(params[n].grad) for n in names}

    f, g = evaluate()
    steps = [{"x": {n: float(params[n]) for n in names}, "f": f, "grad": g}]
    for _ in range(STEPS):
        opt.step()
        f, g = evaluate()
        steps.append({"x": {n: float(params[n]) for n in names}, "f": f, "grad": g})
    label = "-".join("%s=%s" % (k, v) for k, v in spec.items() if k != "name")
    return {"name": "%s/%s/%s" % (fn_name, spec["name"], label),
            "function": fn_name, "expr": text, "x0": x0, "optimizer": spec, "steps": steps}


def generate():
    torch.manual_seed(0)
    return {"about": "torch.optim %s in float64 without zero_grad(): steps[0] is x0, steps[k] the point after update "
                     "k with f there and the accumulated .grad the next update uses." % torch.__version__,
            "cases": [run(f, spec) for f, spec in CASES]}

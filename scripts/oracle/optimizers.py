"""core/fixtures/optimizers.json: torch.optim trajectories in float64.

steps[0] is x0 before any update (state {}); steps[k] is the point after update k, with f and the gradient there
(the gradient the next update uses) and the optimizer state torch keeps after update k. Each variable is its own
0-d parameter, so every state entry is per variable; `step` is one number.
"""

import torch

from syntax import free_vars, parse, torch_eval

STEPS = 100

FUNCTIONS = {
    "quadratic": ("x^2 - 4x", {"x": 10.0}),
    "rosenbrock": ("(1 - x)^2 + 100(y - x^2)^2", {"x": -1.2, "y": 1.0}),
    "himmelblau": ("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", {"x": 0.0, "y": 0.0}),
    "booth": ("(x + 2y - 7)^2 + (2x + y - 5)^2", {"x": -3.0, "y": 4.0}),
    "wavy": ("sin(x)*exp(-x/10) + 0.1x^2", {"x": 6.0}),
    "beale": ("(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2", {"x": 1.0, "y": 1.0}),
    "badly_scaled": ("x^2 + 50y^2", {"x": 5.0, "y": 1.0}),
}

# (function, optimizer as the user passes it); unspecified fields take torch's defaults (recorded in `resolved`).
CASES = [
    ("quadratic", {"name": "sgd", "lr": 0.02}),
    ("quadratic", {"name": "sgd", "lr": 0.1, "momentum": 0.9}),
    ("quadratic", {"name": "sgd", "lr": 0.05, "momentum": 0.9, "dampening": 0.5}),
    ("quadratic", {"name": "sgd", "lr": 0.05, "momentum": 0.8, "nesterov": True}),
    ("quadratic", {"name": "sgd", "lr": 0.05, "weight_decay": 0.1}),
    ("rosenbrock", {"name": "sgd", "lr": 0.001}),
    ("rosenbrock", {"name": "sgd", "lr": 0.0005, "momentum": 0.9}),
    ("rosenbrock", {"name": "sgd", "lr": 0.0005, "momentum": 0.9, "nesterov": True, "weight_decay": 0.01}),
    ("himmelblau", {"name": "sgd", "lr": 0.01, "momentum": 0.5, "dampening": 0.1}),
    ("booth", {"name": "sgd", "lr": 0.02, "momentum": 0.7}),
    ("wavy", {"name": "sgd", "lr": 0.1, "momentum": 0.9}),
    ("beale", {"name": "sgd", "lr": 0.005, "momentum": 0.5}),
    ("badly_scaled", {"name": "sgd", "lr": 0.015}),
    ("badly_scaled", {"name": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": True}),
    ("quadratic", {"name": "rmsprop", "lr": 0.1}),
    ("quadratic", {"name": "rmsprop", "lr": 0.05, "alpha": 0.9, "eps": 1e-6}),
    ("quadratic", {"name": "rmsprop", "lr": 0.01, "momentum": 0.9}),
    ("rosenbrock", {"name": "rmsprop", "lr": 0.001, "centered": True}),
    ("rosenbrock", {"name": "rmsprop", "lr": 0.001, "momentum": 0.5, "centered": True, "weight_decay": 0.01}),
    ("himmelblau", {"name": "rmsprop", "lr": 0.05, "alpha": 0.95}),
    ("booth", {"name": "rmsprop", "lr": 0.05, "momentum": 0.3, "centered": True}),
    ("wavy", {"name": "rmsprop", "lr": 0.1, "alpha": 0.9}),
    ("beale", {"name": "rmsprop", "lr": 0.01}),
    ("badly_scaled", {"name": "rmsprop", "lr": 0.05, "eps": 1e-4}),
    ("quadratic", {"name": "adagrad", "lr": 1.0}),
    ("quadratic", {"name": "adagrad", "lr": 0.5, "lr_decay": 0.01}),
    ("rosenbrock", {"name": "adagrad", "lr": 0.1, "eps": 1e-8, "weight_decay": 0.001}),
    ("himmelblau", {"name": "adagrad", "lr": 0.5, "initial_accumulator_value": 0.1}),
    ("booth", {"name": "adagrad", "lr": 2.0, "lr_decay": 0.001}),
    ("wavy", {"name": "adagrad", "lr": 1.0}),
    ("beale", {"name": "adagrad", "lr": 0.1}),
    ("badly_scaled", {"name": "adagrad", "lr": 1.0, "eps": 1e-6}),
    ("quadratic", {"name": "adam", "lr": 0.1}),
    ("quadratic", {"name": "adam", "lr": 0.5, "betas": [0.8, 0.99], "eps": 1e-6}),
    ("quadratic", {"name": "adam", "lr": 0.2, "amsgrad": True}),
    ("rosenbrock", {"name": "adam", "lr": 0.01}),
    ("rosenbrock", {"name": "adam", "lr": 0.02, "betas": [0.9, 0.99], "amsgrad": True}),
    ("rosenbrock", {"name": "adam", "lr": 0.01, "weight_decay": 0.1}),
    ("himmelblau", {"name": "adam", "lr": 0.1, "betas": [0.5, 0.9]}),
    ("booth", {"name": "adam", "lr": 0.3, "amsgrad": True, "weight_decay": 0.01}),
    ("wavy", {"name": "adam", "lr": 0.3}),
    ("beale", {"name": "adam", "lr": 0.05}),
    ("badly_scaled", {"name": "adam", "lr": 0.1, "eps": 1e-3}),
    # torch's defaults for everything but the name (SGD has no default lr)
    ("rosenbrock", {"name": "rmsprop"}),
    ("booth", {"name": "adagrad"}),
    ("himmelblau", {"name": "adam"}),
    ("wavy", {"name": "adagrad", "lr": 0.5, "lr_decay": 0.05, "weight_decay": 0.1, "initial_accumulator_value": 1.0}),
    ("beale", {"name": "sgd", "lr": 0.002, "momentum": 0.95, "dampening": 0.2, "weight_decay": 0.05}),
]

TORCH = {"sgd": torch.optim.SGD, "rmsprop": torch.optim.RMSprop, "adagrad": torch.optim.Adagrad, "adam": torch.optim.Adam}
# The fields torch.optim documents for each optimizer; maximize/foreach/differentiable are left out.
FIELDS = {
    "sgd": ["lr", "momentum", "dampening", "nesterov", "weight_decay"],
    "rmsprop": ["lr", "alpha", "eps", "weight_decay", "momentum", "centered"],
    "adagrad": ["lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps"],
    "adam": ["lr", "betas", "eps", "weight_decay", "amsgrad"],
}


def number(t):
    return float(t) if torch.is_tensor(t) else t


def run(fn_name, spec):
    text, x0 = FUNCTIONS[fn_name]
    expr = parse(text)
    names = free_vars(expr)
    params = {n: torch.tensor(x0[n], dtype=torch.float64, requires_grad=True) for n in names}
    kwargs = {k: (tuple(v) if k == "betas" else v) for k, v in spec.items() if k != "name"}
    opt = TORCH[spec["name"]]([params[n] for n in names], **kwargs)
    resolved = {"name": spec["name"]}
    for k in FIELDS[spec["name"]]:
        v = opt.defaults[k]
        resolved[k] = list(v) if isinstance(v, tuple) else v

    def evaluate():
        opt.zero_grad()
        f = torch_eval(expr, params)
        f.backward()
        return float(f), {n: float(params[n].grad) for n in names}

    def state():
        out = {}
        for n in names:
            for key, v in opt.state[params[n]].items():
                if key == "step":
                    out["step"] = number(v)
                elif v is not None:
                    out.setdefault(key, {})[n] = number(v)
        return out

    f, g = evaluate()
    steps = [{"x": {n: float(params[n]) for n in names}, "f": f, "grad": g, "state": {}}]
    for _ in range(STEPS):
        opt.step()  # uses the gradient left by evaluate()
        f, g = evaluate()
        steps.append({"x": {n: float(params[n]) for n in names}, "f": f, "grad": g, "state": state()})
        if any(abs(v) > 1e6 for v in steps[-1]["x"].values()):
            raise AssertionError("%s %s diverged; pick a smaller lr" % (fn_name, spec))
    label = "-".join("%s=%s" % (k, v) for k, v in spec.items() if k != "name") or "defaults"
    return {"name": "%s/%s/%s" % (fn_name, spec["name"], label),
            "function": fn_name, "expr": text, "x0": x0, "optimizer": spec, "resolved": resolved, "steps": steps}


def generate():
    torch.manual_seed(0)
    return {"about": "torch.optim %s in float64; steps[0] is x0, steps[k] the point after update k with f and grad "
                     "there and the state after update k; `optimizer` is what the user passes, `resolved` adds "
                     "torch's defaults." % torch.__version__,
            "cases": [run(f, spec) for f, spec in CASES]}

"""core/fixtures/nn-train.json: small networks trained by PyTorch in float64, one optimizer step at a time.

Each case is a `descent batch` train request exactly as the command line takes it (layers, activation, the initial
weights in PyTorch's layout, data, loss, optimizer, batchSize, epochs, shuffle false) and PyTorch's answer: the loss
of every optimizer step (before that step), the final weights in the same layout, the training accuracy after
training, and `grads`, the gradients of the first step's loss (its batch, the initial weights) in the same layout.
Batches are taken in order, the last one smaller where the points do not divide evenly. MSE is nn.MSELoss of the
outputs against one-hot vectors of the labels.
"""

import torch
import torch.nn.functional as F
from torch import nn

# (name, layers, activation, loss, optimizer as the user passes it, points, batch size, epochs)
CASES = [
    ("tanh-ce-sgd-momentum", [2, 8, 3], "tanh", "cross-entropy", {"name": "sgd", "lr": 0.1, "momentum": 0.9}, 23, 5, 3),
    ("relu-ce-sgd-nesterov-wd", [2, 6, 5, 3], "relu", "cross-entropy",
     {"name": "sgd", "lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 0.001}, 30, 4, 3),
    ("sigmoid-ce-sgd-dampening", [3, 7, 2], "sigmoid", "cross-entropy",
     {"name": "sgd", "lr": 0.5, "momentum": 0.8, "dampening": 0.3}, 17, 17, 6),
    ("tanh-ce-adam", [2, 16, 16, 3], "tanh", "cross-entropy", {"name": "adam", "lr": 0.01}, 40, 10, 3),
    ("sigmoid-ce-adam-options", [2, 5, 4], "sigmoid", "cross-entropy",
     {"name": "adam", "lr": 0.02, "betas": [0.8, 0.99], "eps": 1e-6, "weight_decay": 0.01, "amsgrad": True}, 21, 8, 4),
    ("relu-mse-sgd", [2, 8, 2], "relu", "mse", {"name": "sgd", "lr": 0.2}, 19, 6, 4),
    ("tanh-mse-adam", [2, 6, 6, 3], "tanh", "mse", {"name": "adam", "lr": 0.005, "betas": [0.9, 0.95]}, 25, 7, 3),
    ("tanh-ce-rmsprop-centered", [2, 6, 3], "tanh", "cross-entropy",
     {"name": "rmsprop", "lr": 0.01, "momentum": 0.5, "centered": True}, 20, 6, 2),
    ("relu-ce-adagrad", [2, 6, 3], "relu", "cross-entropy", {"name": "adagrad", "lr": 0.1, "lr_decay": 0.01}, 20, 6, 2),
    # The tutorial's optimizer, SGD(lr=0.001, momentum=0.9), on a 2-16-16-3 network.
    ("tutorial-sgd", [2, 16, 16, 3], "tanh", "cross-entropy", {"name": "sgd", "lr": 0.001, "momentum": 0.9}, 30, 10, 2),
]

TORCH = {"sgd": torch.optim.SGD, "rmsprop": torch.optim.RMSprop, "adagrad": torch.optim.Adagrad, "adam": torch.optim.Adam}
ACTIVATIONS = {"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid}


def model_for(layers, activation):
    parts = []
    for i in range(len(layers) - 1):
        parts.append(nn.Linear(layers[i], layers[i + 1]))
        if i + 2 < len(layers):
            parts.append(ACTIVATIONS[activation]())
    return nn.Sequential(*parts).double()


def weights_of(model):
    return [p.detach().tolist() for p in model.parameters()]


def run(index, case):
    name, layers, activation, loss_name, spec, n, batch, epochs = case
    torch.manual_seed(1000 + index)
    model = model_for(layers, activation)
    classes = layers[-1]
    x = torch.randn(n, layers[0], dtype=torch.float64)
    y = torch.randint(0, classes, (n,))
    request = {"op": "train", "layers": layers, "activation": activation, "weights": weights_of(model),
               "data": {"x": x.tolist(), "y": y.tolist()}, "loss": loss_name, "optimizer": spec,
               "batchSize": batch, "epochs": epochs, "shuffle": False}
    kwargs = {k: (tuple(v) if k == "betas" else v) for k, v in spec.items() if k != "name"}
    opt = TORCH[spec["name"]](model.parameters(), **kwargs)

    def criterion(out, yb):
        if loss_name == "cross-entropy":
            return F.cross_entropy(out, yb)
        return F.mse_loss(out, F.one_hot(yb, classes).double())

    losses = []
    grads = None
    for _ in range(epochs):
        for s in range(0, n, batch):
            xb, yb = x[s:s + batch], y[s:s + batch]
            opt.zero_grad()
            loss = criterion(model(xb), yb)
            loss.backward()
            if grads is None:
                grads = [p.grad.tolist() for p in model.parameters()]
            opt.step()
            losses.append(loss.item())
    with torch.no_grad():
        accuracy = (model(x).argmax(dim=1) == y).double().mean().item()
    return {"name": name, "request": request, "losses": losses, "grads": grads, "weights": weights_of(model),
            "accuracy": accuracy}


def generate():
    return {"about": "torch %s, float64: for each train request (initial weights in PyTorch's layout, batches in "
                     "order), the loss of every optimizer step, the final weights and the training accuracy."
                     % torch.__version__,
            "cases": [run(i, c) for i, c in enumerate(CASES)]}

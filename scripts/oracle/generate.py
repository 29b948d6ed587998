#!/usr/bin/python3
"""Regenerate every fixture under core/fixtures/ from SymPy and PyTorch (run with Debian's /usr/bin/python3).

Deterministic: fixed seeds, sorted keys, one case per line so a regeneration diff reads case by case.
Usage: /usr/bin/python3 scripts/oracle/generate.py [--out DIR] [expressions|optimizers|tutorial|minima|nn-train|powers|rewrites|stability|mathjs-suite|zero-grad ...]
(--out writes into DIR instead of core/fixtures/: the vitest check regenerates into a temporary folder and compares.)
"""

import json
import os
import sys

sys.dont_write_bytecode = True  # keep the repo free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import expressions  # noqa: E402
import mathjs_suite  # noqa: E402
import minima  # noqa: E402
import nn_train  # noqa: E402
import optimizers  # noqa: E402
import powers  # noqa: E402
import rewrites  # noqa: E402
import stability  # noqa: E402
import tutorial  # noqa: E402
import zero_grad  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "core", "fixtures")
TARGETS = {"expressions": expressions, "mathjs-suite": mathjs_suite, "optimizers": optimizers, "tutorial": tutorial,
           "minima": minima, "nn-train": nn_train, "powers": powers, "rewrites": rewrites, "stability": stability,
           "zero-grad": zero_grad}


def dump(data):
    """JSON with sorted keys; the `cases` list one entry per line."""
    enc = lambda v: json.dumps(v, sort_keys=True, separators=(",", ":"), allow_nan=False)  # noqa: E731
    lines = ["{"]
    keys = sorted(data)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(data[key], list) and data[key] and isinstance(data[key][0], dict):
            lines.append("  %s: [" % json.dumps(key))
            items = data[key]
            lines.extend("    %s%s" % (enc(c), "," if j < len(items) - 1 else "") for j, c in enumerate(items))
            lines.append("  ]%s" % comma)
        else:
            lines.append("  %s: %s%s" % (json.dumps(key), enc(data[key]), comma))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(args):
    out = OUT
    if args[:1] == ["--out"]:
        out, args = args[1], args[2:]
    os.makedirs(out, exist_ok=True)
    for name in args or sorted(TARGETS):
        data = TARGETS[name].generate()
        path = os.path.normpath(os.path.join(out, name + ".json"))
        with open(path, "w") as fh:
            fh.write(dump(data))
        print("%s: %d cases -> %s" % (name, len(data.get("cases", [data])), path))


if __name__ == "__main__":
    main(sys.argv[1:])

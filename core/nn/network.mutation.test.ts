// The network's parameters where `npm run mutation core/nn` found them loose: the flat layout (W1, b1, W2, b2 in
// torch's order, .grad a view of the gradient array), PyTorch's initialisation bound per layer, and every way
// weights can fail to fit, each with its whole catalog message.
import { describe, expect, it } from "vitest";
import { msg } from "../messages/index.ts";
import { Network, finite, parameterCount } from "./network.ts";
import { thrownCodeAndMsg as thrown } from "../test-support/errors.ts";

const LAYERS = [2, 3, 1];
/** Weights in PyTorch's layout whose numbers are their own position in the flat array. */
const counting = () => [
  [
    [0, 1],
    [2, 3],
    [4, 5],
  ],
  [6, 7, 8],
  [[9, 10, 11]],
  [12],
];

describe("Network: the flat layout", () => {
  it("parameterCount sums out·(in + 1) over the Linear layers", () => {
    const expected = (layers: number[]) =>
      layers.slice(1).reduce((n, out, l) => n + out * (layers[l]! + 1), 0);
    for (const layers of [
      [2, 2],
      [2, 3, 1],
      [4, 8, 8, 3],
      [1, 1, 1, 1, 1],
    ])
      expect(parameterCount(layers)).toBe(expected(layers));
    expect(parameterCount([5])).toBe(0);
  });

  it("W and b are views of params in torch's order, their .grad views of grads; depth is the Linear count", () => {
    const net = new Network(LAYERS);
    expect(net.depth).toBe(2);
    expect(net.offsets).toStrictEqual([0, 9]);
    net.load(counting());
    expect(Array.from(net.params)).toStrictEqual(Array.from({ length: 13 }, (_, i) => i));
    expect(net.W.map((t) => [t.shape, Array.from(t.storage)])).toStrictEqual([
      [
        [3, 2],
        [0, 1, 2, 3, 4, 5],
      ],
      [
        [1, 3],
        [9, 10, 11],
      ],
    ]);
    expect(net.b.map((t) => [t.shape, Array.from(t.storage)])).toStrictEqual([
      [[3], [6, 7, 8]],
      [[1], [12]],
    ]);
    expect([...net.W, ...net.b].every((t) => t.requiresGrad && t.isLeaf)).toBe(true);
    net.grads.set(Array.from({ length: 13 }, (_, i) => -i));
    expect(net.W.map((t) => Array.from(t.grad!.storage))).toStrictEqual([
      [-0, -1, -2, -3, -4, -5],
      [-9, -10, -11],
    ]);
    expect(net.b.map((t) => Array.from(t.grad!.storage))).toStrictEqual([[-6, -7, -8], [-12]]);
    expect(net.b[0]!.grad!.shape).toStrictEqual([3]);
    for (const t of [...net.W, ...net.b]) {
      expect([t.version, t.grad!.version]).toStrictEqual([{ n: 0 }, { n: 0 }]);
      expect([t.grad!.requiresGrad, t.grad!.gradFn]).toStrictEqual([false, null]);
    }
    net.zeroGrad();
    expect(net.grads.every((g) => g === 0)).toBe(true);
    expect(net.weights()).toStrictEqual(counting());
  });

  it("a flat array of the right length loads as it is", () => {
    const net = new Network(LAYERS);
    const flat = Float64Array.from({ length: 13 }, (_, i) => i / 2);
    net.load(flat);
    expect(net.params).toStrictEqual(flat);
    expect(net.params).not.toBe(flat);
  });

  it("init draws every parameter as (2·rand − 1)/√fan_in, in order, layer by layer", () => {
    const net = new Network([4, 2, 1]);
    const draws = [0, 0.25, 0.5, 0.75, 0.999];
    let k = 0;
    net.init(() => draws[k++ % draws.length]!);
    const expected: number[] = [];
    let j = 0;
    for (const [fanIn, count] of [
      [4, 10],
      [2, 3],
    ] as const)
      for (let i = 0; i < count; i++) expected.push((2 * draws[j++ % draws.length]! - 1) / Math.sqrt(fanIn));
    expect(Array.from(net.params)).toStrictEqual(expected);
  });
});

describe("Network.load: weights that do not fit", () => {
  const wrong = (where: string, want: string, got: string) => [
    "invalid_option",
    msg("nn.weights", {
      key: "weights",
      layers: "[2, 3, 1]",
      where,
      want,
      got,
      layout: "W1 [out][in], b1 [out], W2, b2, …",
    }),
  ];
  const w = counting;
  it.each<[string, unknown, unknown[]]>([
    ["a flat array too short", new Float64Array(12), wrong("weights", "[13]", "[12]")],
    ["a flat array too long", new Float64Array(14), wrong("weights", "[13]", "[14]")],
    ["nothing", undefined, wrong("weights", "[W1, b1, W2, b2]", "—")],
    ["a number", 5, wrong("weights", "[W1, b1, W2, b2]", "5")],
    ["an object", { W1: 1 }, wrong("weights", "[W1, b1, W2, b2]", '{"W1":1}')],
    ["a long string, shortened", "x".repeat(50), wrong("weights", "[W1, b1, W2, b2]", `"${"x".repeat(39)}`)],
    ["three of four", w().slice(0, 3), wrong("weights", "[W1, b1, W2, b2]", "[3]")],
    ["five of four", [...w(), [0]], wrong("weights", "[W1, b1, W2, b2]", "[5]")],
    ["W1 not a list", [7, ...w().slice(1)], wrong("weights[0] (W1)", "[3, 2]", "7")],
    ["W1 a row short", [w()[0]!.slice(0, 2), ...w().slice(1)], wrong("weights[0] (W1)", "[3, 2]", "[2, 2]")],
    ["W1 ragged", [[[0, 1], [2], [4, 5], [6]], ...w().slice(1)], wrong("weights[0] (W1)", "[3, 2]", "[4]")],
    [
      "a row of W1 too long",
      [
        [
          [0, 1],
          [2, 3, 9],
          [4, 5],
        ],
        ...w().slice(1),
      ],
      wrong("weights[0] (W1)[1]", "[2]", "[3]"),
    ],
    ["a row of W1 a number", [[[0, 1], [2, 3], 4], ...w().slice(1)], wrong("weights[0] (W1)[2]", "[2]", "4")],
    ["W2 with no rows", [...w().slice(0, 2), [], [12]], wrong("weights[2] (W2)", "[1, 3]", "[0]")],
    ["b1 too short", [w()[0], [6, 7], ...w().slice(2)], wrong("weights[1] (b1)", "[3]", "[2]")],
    ["b2 missing", [...w().slice(0, 3), undefined], wrong("weights[3] (b2)", "[1]", "—")],
  ])("%s", (_name, weights, expected) => {
    expect(thrown(() => new Network(LAYERS).load(weights))).toStrictEqual(expected);
  });

  it.each<[string, unknown, string, string]>([
    ["text in W2", [...w().slice(0, 2), [[9, "10", 11]], [12]], "weights[2] (W2)[0][1]", '"10"'],
    ["NaN in b1", [w()[0], [6, NaN, 8], ...w().slice(2)], "weights[1] (b1)[1]", "NaN"],
    [
      "Infinity in W1",
      [
        [
          [0, 1],
          [2, 3],
          [4, Infinity],
        ],
        ...w().slice(1),
      ],
      "weights[0] (W1)[2][1]",
      "Infinity",
    ],
    ["null in b2", [...w().slice(0, 3), [null]], "weights[3] (b2)[0]", "null"],
  ])("%s is not a finite number", (_name, weights, where, got) => {
    expect(thrown(() => new Network(LAYERS).load(weights))).toStrictEqual([
      "invalid_option",
      msg("nn.finite", { where, got }),
    ]);
  });

  it("finite() passes a finite number through and names what it got otherwise", () => {
    expect(finite(-0.5, "w")).toBe(-0.5);
    expect(thrown(() => finite(undefined, "w"))).toStrictEqual([
      "invalid_option",
      msg("nn.finite", { where: "w", got: "nothing" }),
    ]);
    expect(thrown(() => finite("y".repeat(60), "w"))).toStrictEqual([
      "invalid_option",
      msg("nn.finite", { where: "w", got: `"${"y".repeat(39)}` }),
    ]);
    expect(thrown(() => finite(-Infinity, "w"))).toStrictEqual([
      "invalid_option",
      msg("nn.finite", { where: "w", got: "-Infinity" }),
    ]);
  });
});

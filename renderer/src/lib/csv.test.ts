import { describe, it, expect } from "vitest";
import { iterationsToCsv } from "./csv.ts";
import type { IterRow } from "./model.ts";

const sgd: IterRow[] = [
  { k: 0, x: [10], f: 60, grad: [16], update: [0.32] },
  { k: 1, x: [9.68], f: 54.9824, grad: [15.36] },
];
const adam2d: IterRow[] = [
  {
    k: 0,
    x: [-1.2, 1],
    f: 24.2,
    grad: [-215.6, -88],
    update: [-0.02, -0.02],
    state: { m: [-21.56, -8.8], v: [46.48, 7.744] },
  },
  { k: 1, x: [-1.18, 1.02], f: Number.NaN, grad: [1, 2] },
];

describe("iterationsToCsv", () => {
  it.each([
    ["one variable, SGD", ["x"], [], sgd, "k,x,f,grad_x,step_x\n0,10,60,16,0.32\n1,9.68,54.9824,15.36,\n"],
    [
      "two variables with Adam state; NaN as an empty cell",
      ["x", "y"],
      ["m", "v"],
      adam2d,
      "k,x,y,f,grad_x,grad_y,step_x,step_y,m_x,m_y,v_x,v_y\n" +
        "0,-1.2,1,24.2,-215.6,-88,-0.02,-0.02,-21.56,-8.8,46.48,7.744\n" +
        "1,-1.18,1.02,,1,2,,,,,,\n",
    ],
    [
      "a variable name that needs quoting",
      ['a"b'],
      [],
      [{ k: 0, x: [1], f: 1, grad: [0] }],
      'k,"a""b",f,"grad_a""b","step_a""b"\n0,1,1,0,\n',
    ],
    ["no rows", ["x"], ["velocity"], [], "k,x,f,grad_x,step_x,velocity_x\n"],
  ] as const)("%s", (_, vars, stateNames, rows, expected) => {
    expect(iterationsToCsv(vars, stateNames, rows)).toBe(expected);
  });

  it("keeps full float precision", () => {
    const csv = iterationsToCsv(["x"], [], [{ k: 0, x: [0.1 + 0.2], f: 1 / 3, grad: [] }]);
    expect(csv.split("\n")[1]).toBe("0,0.30000000000000004,0.3333333333333333,,");
  });

  it('adds the accumulated .grad with "forget zero_grad()"', () => {
    const csv = iterationsToCsv(["x"], [], [{ k: 0, x: [10], f: 60, grad: [16], accumulated: [16] }]);
    expect(csv).toBe("k,x,f,grad_x,accumulated_grad_x,step_x\n0,10,60,16,16,\n");
  });
});

import { describe, expect, it } from "vitest";
import { iterateAt, revealBack, revealDone, revealNext, type RevealMode } from "./reveal.ts";
import { FOLDING, keySteps, shownCritical, stepHead } from "./key-steps.ts";

// Totals as on the board: closed form 2 lines, calculus 5, gradient descent 3 (steps plus the answer).
const totals = [2, 5, 3];

describe("revealNext / revealBack", () => {
  const presses: [RevealMode, number[][]][] = [
    ["lockstep", [[1, 1, 1], [2, 2, 2], [2, 3, 3], [2, 4, 3], [2, 5, 3], [2, 5, 3]]],
    ["one", [[1, 0, 0], [2, 0, 0], [2, 1, 0], [2, 2, 0], [2, 3, 0], [2, 4, 0], [2, 5, 0], [2, 5, 1], [2, 5, 2], [2, 5, 3], [2, 5, 3]]],
  ]; // prettier-ignore
  for (const [mode, boards] of presses)
    it(`${mode}: each press shows the next line, ← takes it back`, () => {
      let shown = [0, 0, 0];
      for (const board of boards) expect((shown = revealNext(shown, totals, mode))).toEqual(board);
      expect(revealDone(shown, totals)).toBe(true);
      const distinct = boards.filter((b, i) => i === 0 || b.join() !== boards[i - 1]!.join());
      for (let i = distinct.length - 2; i >= 0; i--)
        expect((shown = revealBack(shown, totals, mode))).toEqual(distinct[i]);
      expect(revealBack(revealBack(shown, totals, mode), totals, mode)).toEqual([0, 0, 0]);
    });

  it("a board past a new function's shorter totals is clipped to them", () => {
    expect(revealNext([9, 9, 9], [1, 2, 3], "lockstep")).toEqual([1, 2, 3]);
    expect(revealBack([9, 9, 9], [1, 2, 3], "one")).toEqual([1, 2, 2]);
  });
});

describe("iterateAt: gradient descent's marker follows its revealed lines", () => {
  const cases: [shown: number, iterations: number, k: number][] = [
    [0, 106, 0], [1, 106, 0], [2, 106, 0], [3, 106, 1], [4, 106, 106], [6, 106, 106], [4, 0, 0],
  ]; // prettier-ignore
  for (const [shown, n, k] of cases)
    it(`${shown} lines of ${n} iterations → x_${k}`, () => expect(iterateAt(shown, n)).toBe(k));
});

describe("keySteps: runs of lines of one kind fold to their first", () => {
  it("reads the head left of the first =", () => {
    expect(stepHead("H = \\begin{pmatrix} 1 \\end{pmatrix}")).toBe("H");
    expect(stepHead("\\min f")).toBe("\\minf");
  });
  const H = (a: number) => `H = \\begin{pmatrix} ${a} \\end{pmatrix}`;
  const himmelblau = ["f(x, y) = …", "\\frac{\\partial f}{\\partial x} = …", "\\frac{\\partial f}{\\partial y} = …", "\\nabla f = 0:\\ 9", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(H), "\\min f = 0"]; // prettier-ignore
  const cases: [string, string[], string][] = [
    ["Himmelblau's nine Hessians", himmelblau, "0 1 2 3 4 more:5-12 13"],
    ["two alike stay", ["a = 1", H(1), H(2), "b = 2"], "0 1 2 3"],
    ["three alike fold", [H(1), H(2), H(3)], "0 more:1-2"],
    ["gradient descent's iterates differ", ["\\mathbf{x}_0 = 1", "\\mathbf{x}_1 = 2", "\\mathbf{x}_{32} = 3"], "0 1 2"],
    ["nothing", [], ""],
  ]; // prettier-ignore
  for (const [name, latex, want] of cases)
    it(name, () =>
      expect(
        keySteps(latex)
          .map((l) => (l.kind === "step" ? `${l.index}` : `more:${l.from}-${l.to}`))
          .join(" "),
      ).toBe(want),
    );
});

describe("folding at the desk: runs of four alike lines and long lists fold", () => {
  const H = (a: number) => `H = \\begin{pmatrix} ${a} \\end{pmatrix}`;
  const run = (n: number) => ["f = …", ...Array.from({ length: n }, (_, i) => H(i)), "\\min f = 0"];
  const shape = (lines: ReturnType<typeof keySteps>) =>
    lines.map((l) => (l.kind === "step" ? `${l.index}` : `more:${l.from}-${l.to}`)).join(" ");
  it("a run one shorter than the desk's limit stays open, one of the limit folds", () => {
    const n = FOLDING.desk.run;
    expect(keySteps(run(n - 1), n)).toHaveLength(n + 1);
    expect(shape(keySteps(run(n), n))).toBe(`0 1 more:2-${n} ${n + 1}`);
  });
  it("Himmelblau's nine Hessians fold at the desk and on the projector; three stay open at the desk", () => {
    expect(shape(keySteps(run(9), FOLDING.desk.run))).toBe("0 1 more:2-9 10");
    expect(shape(keySteps(run(9), FOLDING.presenting.run))).toBe("0 1 more:2-9 10");
    expect(shape(keySteps(run(3), FOLDING.desk.run))).toBe("0 1 2 3 4");
    expect(shape(keySteps(run(3), FOLDING.presenting.run))).toBe("0 1 more:2-3 4");
  });
  const points = (natures: string[]) => natures.map((nature, i) => ({ nature, i }));
  const cases: [name: string, natures: string[], limit: number, want: number[]][] = [
    ["up to the limit: all of them", ["saddle", "minimum", "maximum"], 3, [0, 1, 2]],
    ["over the limit: the minima only", ["saddle", "minimum", "maximum", "minimum"], 3, [1, 3]],
    ["over the limit with many minima: the first `limit` of them", ["minimum", "saddle", "minimum", "minimum", "minimum"], 2, [0, 2]],
    ["no minimum among many: none listed (the button shows them)", ["saddle", "saddle", "maximum"], 2, []],
  ]; // prettier-ignore
  for (const [name, natures, limit, want] of cases)
    it(name, () => expect(shownCritical(points(natures), limit).map((c) => c.i)).toStrictEqual(want));
});

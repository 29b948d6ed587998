// The answer gate: open, an answer goes in at once; shut, answers wait and go in together, in the order they
// came, when it opens; an answer after opening goes in at once again.
import { describe, expect, it } from "vitest";
import { AnswerGate } from "./answer-gate.ts";

describe("AnswerGate", () => {
  const cases: { name: string; script: string; applied: string; open: boolean }[] = [
    { name: "open: at once", script: "a", applied: "a", open: true },
    { name: "shut: held until it opens", script: "S a b", applied: "", open: false },
    { name: "shut then opened: in order", script: "S a b O", applied: "ab", open: true },
    { name: "opened, later answers at once", script: "S a O b", applied: "ab", open: true },
    { name: "opening twice applies once", script: "S a O O", applied: "a", open: true },
    { name: "shut again after opening", script: "S a O S b", applied: "a", open: false },
    { name: "nothing held: opening is a no-op", script: "S O", applied: "", open: true },
  ];
  it.each(cases)("$name", ({ script, applied, open }) => {
    const gate = new AnswerGate();
    let out = "";
    for (const op of script.split(" ")) {
      if (op === "S") gate.shut();
      else if (op === "O") gate.open();
      else gate.pass(() => (out += op));
    }
    expect(out).toBe(applied);
    expect(gate.isOpen).toBe(open);
  });

  it("an answer let in may pass another (it goes in at once: the gate is open while they are applied)", () => {
    const gate = new AnswerGate();
    const out: string[] = [];
    gate.shut();
    gate.pass(() => {
      out.push("calculus");
      gate.pass(() => out.push("global start"));
    });
    gate.pass(() => out.push("runs"));
    gate.open();
    expect(out).toStrictEqual(["calculus", "global start", "runs"]);
  });
});

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { handleLine } from "./batch.ts";
import { USAGE, caret, functionList, main } from "./main.ts";
import { DescentError } from "../core/expr/errors.ts";
import { FUNCTIONS } from "../core/expr/node.ts";

const BIN = fileURLToPath(new URL("../bin/descent.mjs", import.meta.url));

/** Runs the real bin (as `npx descent` does) and returns exit code, stdout, stderr. */
function descent(args: string[], input?: string): { code: number; out: string; err: string } {
  try {
    const out = execFileSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", stdio: "pipe" });
    return { code: 0, out, err: "" };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}

describe("bin/descent.mjs (spawned)", () => {
  it("diff and eval print readable results, exit 0", () => {
    expect(descent(["diff", "x^2 - 4x"])).toEqual({
      code: 0,
      out: "f(x) = x^2 - 4x\ndf/dx = 2x - 4\n",
      err: "",
    });
    // how the input was read: the expression as understood, the function's name, each inferred product
    expect(descent(["diff", "y = 2xy²"])).toEqual({
      code: 0,
      out:
        "y = 2x y^2\n  (xy is read as x·y; for a single variable with a longer name, write x_y)\n" +
        "∂y/∂x = 2y^2\n∂y/∂y = 4x y\n",
      err: "",
    });
    expect(descent(["diff", "g(t) = sin^2 t"]).out).toBe("g(t) = sin(t)^2\ndg/dt = 2 cos(t) sin(t)\n");
    expect(descent(["eval", "x^2 - 4x", "--at", "x=10"])).toEqual({
      code: 0,
      out: "f(10) = 60\ndf/dx = 16\n",
      err: "",
    });
  });

  it("--json prints JSON", () => {
    const r = descent(["eval", "(1-x)^2 + 100(y-x^2)^2", "--at", "x=1,y=2", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ ok: true, value: 100, grad: { x: -400, y: 200 } });
  });

  it("a bad expression prints the message and a caret under its span, exit 1", () => {
    const r = descent(["diff", "x^2 + foo(x)"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: Unknown function 'foo'/);
    expect(r.err).toContain("\n  x^2 + foo(x)\n        ^^^\n");
  });

  it("usage errors exit 2 with the usage text; --help exits 0", () => {
    for (const args of [
      [],
      ["frob"],
      ["eval", "x"],
      ["eval", "x", "--at", "x=oops"],
      ["diff"],
      ["diff", "x", "--bogus"],
    ]) {
      const r = descent(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toContain("Usage:");
    }
    const help = descent(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("descent batch");
  });

  it("batch: one JSON line per request, in order, blank lines skipped, never a crash", () => {
    const input = [
      '{"op":"diff","expr":"x^2 - 4x"}',
      "",
      '{"op":"eval","expr":"x^2 - 4x","at":{"x":10}}',
      "not json",
      '{"op":"diff","expr":"x + * 2"}\r',
      "   ",
      '{"op":"eval","expr":"sqrt(x)","at":{"x":-1}}',
    ].join("\n");
    const r = descent(["batch"], input);
    expect(r.code).toBe(0);
    const lines = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        ok: true,
        read: { text: "x^2 - 4x", notes: [] },
        vars: ["x"],
        derivatives: { x: { text: "2x - 4", latex: "2x - 4" } },
      },
      { ok: true, value: 60, grad: { x: 16 } },
      { ok: false, error: { code: "invalid_option", message: "This line is not valid JSON", span: [0, 0] } },
      { ok: false, error: expect.objectContaining({ code: "unexpected_token", span: [4, 5] }) },
      { ok: false, error: expect.objectContaining({ code: "domain", span: [0, 7] }) },
    ]);
  });
});

// request → expected answer (fields checked exactly unless given as expect.* matchers)
const batchCases: [string, unknown][] = [
  [
    '{"op":"diff","expr":"x^2 - 4x"}',
    {
      ok: true,
      read: { text: "x^2 - 4x", notes: [] },
      vars: ["x"],
      derivatives: { x: { text: "2x - 4", latex: "2x - 4" } },
    },
  ],
  ['{"op":"eval","expr":"x^2 - 4x","at":{"x":10}}', { ok: true, value: 60, grad: { x: 16 } }],
  ['{"op":"diff","expr":"3"}', { ok: true, read: { text: "3", notes: [] }, vars: [], derivatives: {} }],
  ['{"op":"eval","expr":"2 pi"}', { ok: true, value: 2 * Math.PI, grad: {} }],
  [
    '{"op":"diff","expr":"x y","vars":["y"]}',
    {
      ok: true,
      read: { text: "x y", notes: [] },
      vars: ["y"],
      derivatives: { y: { text: "x", latex: "x" } },
    },
  ],
  [
    '{"op":"diff","expr":"f(x, y) = 2xy"}',
    {
      ok: true,
      read: {
        text: "2x y",
        name: "f",
        params: ["x", "y"],
        notes: [
          {
            span: [11, 13],
            message: "xy is read as x·y; for a single variable with a longer name, write x_y",
          },
        ],
      },
      vars: ["x", "y"],
      derivatives: { x: { text: "2y", latex: "2y" }, y: { text: "2x", latex: "2x" } },
    },
  ],
  [
    '{"op":"eval","expr":"__proto__^2","at":{"__proto__":3}}',
    { ok: true, value: 9, grad: JSON.parse('{"__proto__":6}') },
  ],
  [
    '{"op":"diff","expr":"foo(x)"}',
    { ok: false, error: expect.objectContaining({ code: "unknown_function", span: [0, 3] }) },
  ],
  [
    '{"op":"diff","expr":"sin(x, y)"}',
    { ok: false, error: expect.objectContaining({ code: "wrong_arity", span: [0, 9] }) },
  ],
  [
    '{"op":"diff","expr":"(x + 1"}',
    { ok: false, error: expect.objectContaining({ code: "unexpected_end", span: [6, 6] }) },
  ],
  [
    '{"op":"eval","expr":"1/x","at":{"x":0}}',
    { ok: false, error: expect.objectContaining({ code: "domain", span: [0, 3] }) },
  ],
  [
    '{"op":"eval","expr":"x + y","at":{"x":1}}',
    { ok: false, error: expect.objectContaining({ code: "unknown_variable", span: [4, 5] }) },
  ],
  [
    '{"op":"eval","expr":"x","at":{"x":"1"}}',
    { ok: false, error: expect.objectContaining({ code: "invalid_option" }) },
  ],
  ['{"op":"diff"}', { ok: false, error: expect.objectContaining({ code: "invalid_option" }) }],
  ['{"op":"diff","expr":42}', { ok: false, error: expect.objectContaining({ code: "invalid_option" }) }],
  ['{"op":"minimise"}', { ok: false, error: expect.objectContaining({ code: "invalid_option" }) }],
  ['{"op":"toString"}', { ok: false, error: expect.objectContaining({ code: "invalid_option" }) }],
  ['{"op":"__proto__"}', { ok: false, error: expect.objectContaining({ code: "invalid_option" }) }],
  ['{"expr":"x"}', { ok: false, error: expect.objectContaining({ code: "invalid_option" }) }],
  ["[1, 2]", { ok: false, error: expect.objectContaining({ code: "invalid_option" }) }],
  ["null", { ok: false, error: expect.objectContaining({ code: "invalid_option" }) }],
  ["{", { ok: false, error: expect.objectContaining({ code: "invalid_option" }) }],
];

describe("batch requests", () => {
  it.each(batchCases)("%s", (line, want) => {
    const got = handleLine(line);
    expect(got).not.toContain("\n");
    expect(JSON.parse(got)).toEqual(want);
  });

  it("the eval answer's numbers come from reverse mode exactly", () => {
    expect(handleLine('{"op":"eval","expr":"x^2 - 4x","at":{"x":10}}')).toBe(
      '{"ok":true,"value":60,"grad":{"x":16}}',
    );
  });
});

describe("main (in process)", () => {
  const run = async (args: string[], input: string[] = []) => {
    let out = "";
    let err = "";
    const code = await main(args, {
      out: (s) => void (out += s),
      err: (s) => void (err += s),
      lines: async function* () {
        yield* input;
      },
    });
    return { code, out, err };
  };

  it("eval with two variables, negative expression", async () => {
    expect(await run(["eval", "-x^2 + x y", "--at", "x=2", "--at", "y=-1"])).toEqual({
      code: 0,
      out: "f(x=2, y=-1) = -6\n∂f/∂x = -5\n∂f/∂y = 2\n",
      err: "",
    });
  });

  it("diff --json and errors as JSON (exit 1)", async () => {
    expect(JSON.parse((await run(["diff", "x^3", "--json"])).out)).toEqual({
      ok: true,
      read: { text: "x^3", notes: [] },
      vars: ["x"],
      derivatives: { x: { text: "3x^2", latex: "3x^{2}" } },
    });
    const bad = await run(["diff", "x +", "--json"]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).error.code).toBe("unexpected_end");
  });

  it("caret line", () => {
    expect(caret("x + 1)", new DescentError("unexpected_token", "Unexpected ')'", [5, 6]))).toBe(
      "error: Unexpected ')'\n  x + 1)\n       ^\n",
    );
    expect(caret("x +", new DescentError("unexpected_end", "ends", [3, 3]))).toBe(
      "error: ends\n  x +\n     ^\n",
    );
  });
});

describe("the usage text's function list", () => {
  it("is the operation table's: every function, another spelling beside its function, lines of at most 100", () => {
    const list = functionList();
    expect(USAGE).toContain(list);
    for (const f of FUNCTIONS) expect(list.split(/[\s.]+/)).toContain(f);
    expect(list).toContain("log (= ln)");
    for (const line of list.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });
});

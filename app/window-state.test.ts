import { describe, expect, it } from "vitest";
import { DEFAULT_BOUNDS, restoreBounds } from "./window-state.ts";

const laptop = { x: 0, y: 0, width: 1920, height: 1080 };
const projector = { x: 1920, y: 0, width: 1280, height: 720 };

describe("remembered window bounds", () => {
  it.each([
    [
      "on a screen still there",
      { x: 100, y: 50, width: 1200, height: 800, maximized: false },
      [laptop],
      { x: 100, y: 50 },
    ],
    [
      "on the projector while it is plugged in",
      { x: 2000, y: 0, width: 1000, height: 700, maximized: true },
      [laptop, projector],
      { x: 2000, maximized: true },
    ],
    [
      "on a projector since unplugged: size kept, position dropped",
      { x: 2000, y: 0, width: 1000, height: 700, maximized: false },
      [laptop],
      { width: 1000, height: 700 },
    ],
    ["nothing saved", undefined, [laptop], { ...DEFAULT_BOUNDS, maximized: false }],
    ["a damaged file", { x: "10", width: NaN }, [laptop], { ...DEFAULT_BOUNDS }],
    [
      "smaller than the minimum",
      { x: 0, y: 0, width: 10, height: 10, maximized: false },
      [laptop],
      { ...DEFAULT_BOUNDS },
    ],
  ])("%s", (_, saved, screens, expected) => {
    const restored = restoreBounds(saved, screens);
    expect(restored).toMatchObject(expected);
    if (!("x" in expected)) expect(restored).not.toHaveProperty("x");
  });
});

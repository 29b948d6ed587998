// Follower: on screen (or printing) every new value is shown at once; off screen only the newest, once the source
// has been still for the pause, or at once when the card comes near, is printed or is flushed. Each row is a
// script of events and the values shown after each, with the fake clock's time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Follower } from "./follow-near.ts";

afterEach(() => vi.useRealTimers());

type Event = ["next", string] | ["near", boolean] | ["printing", boolean] | ["wait", number] | ["flush"];

const cases: { name: string; events: Event[]; shown: string[] }[] = [
  {
    name: "near: each value at once",
    events: [
      ["next", "a"],
      ["next", "b"],
    ],
    shown: ["a", "b"],
  },
  {
    name: "off screen: nothing while typing, the newest after the pause",
    events: [
      ["near", false],
      ["next", "a"],
      ["wait", 200],
      ["next", "b"],
      ["wait", 299],
      ["wait", 1],
    ],
    shown: ["b"],
  },
  {
    name: "off screen, then scrolled near before the pause: the newest at once, and nothing more later",
    events: [
      ["near", false],
      ["next", "a"],
      ["next", "b"],
      ["near", true],
      ["wait", 1000],
    ],
    shown: ["b"],
  },
  {
    name: "leaving the screen keeps what is shown; coming back with no change shows nothing new",
    events: [
      ["next", "a"],
      ["near", false],
      ["near", true],
    ],
    shown: ["a"],
  },
  {
    name: "printing while off screen: the newest at once, then every value while printing",
    events: [
      ["near", false],
      ["next", "a"],
      ["printing", true],
      ["next", "b"],
      ["printing", false],
      ["next", "c"],
    ],
    shown: ["a", "b"],
  },
  {
    name: "flush: the newest at once, and the pending pause does not show it twice",
    events: [["near", false], ["next", "a"], ["flush"], ["wait", 1000]],
    shown: ["a"],
  },
  {
    name: "the initial value is not shown again",
    events: [
      ["next", "init"],
      ["near", false],
      ["next", "init"],
      ["wait", 1000],
    ],
    shown: [],
  },
];

describe("Follower", () => {
  it.each(cases)("$name", ({ events, shown }) => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const f = new Follower("init", (v) => seen.push(v), 300);
    for (const e of events) {
      if (e[0] === "next") f.next(e[1]);
      else if (e[0] === "near") f.near(e[1]);
      else if (e[0] === "printing") f.printing(e[1]);
      else if (e[0] === "wait") vi.advanceTimersByTime(e[1]);
      else f.flush();
    }
    expect(seen).toStrictEqual(shown);
  });

  it("the pause is measured from the last value: a value every 200 ms never shows until the values stop", () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const f = new Follower("init", (v) => seen.push(v), 300);
    f.near(false);
    for (let i = 0; i < 10; i++) {
      f.next(String(i));
      vi.advanceTimersByTime(200);
    }
    expect(seen).toStrictEqual([]);
    vi.advanceTimersByTime(100);
    expect(seen).toStrictEqual(["9"]);
  });

  it("dispose stops a pending value", () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const f = new Follower("init", (v) => seen.push(v), 300);
    f.near(false);
    f.next("a");
    f.dispose();
    vi.advanceTimersByTime(1000);
    expect(seen).toStrictEqual([]);
  });
});

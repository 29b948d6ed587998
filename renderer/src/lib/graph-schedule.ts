// When the computational graph of the current function is asked for. It is the page's last priority: a new
// function's layout (dagre, in a worker) waits until the panels have their answers, the contour map is traced and
// the start that reaches the global minimum is worked out, so that it never shares the machine's cores with them
// and never slows a keystroke. The same function at another point (the animation moving) is shown at once.
import { afterFrames, whenIdle } from "./idle.ts";

/** A map being traced or the global start worked out holds a new graph back this long at the most. */
export const GRAPH_WAITS_FOR_MAP_MS = 1000;
/** Frames drawn before a new graph is laid out: the map's picture is painted and rasterised by then. */
export const GRAPH_AFTER_FRAMES = 2;

export interface GraphWaitsFor {
  /** The function differs from the one the graph shows (false for no function: the graph is cleared at once). */
  newFunction: boolean;
  /** Calculus or gradient descent has not answered for this function yet. */
  panelsPending: boolean;
  /** A contour map is being traced, or the start in the global minimum's basin is being worked out. */
  backgroundPending: boolean;
}

export type GraphWhen =
  { kind: "soon" } | { kind: "not-yet" } | { kind: "capped"; ms: number } | { kind: "idle"; frames: number };

export function whenToAskGraph(s: GraphWaitsFor): GraphWhen {
  if (!s.newFunction) return { kind: "soon" };
  // Asked again when the panels' answers arrive (the effect that calls this reads them).
  if (s.panelsPending) return { kind: "not-yet" };
  if (s.backgroundPending) return { kind: "capped", ms: GRAPH_WAITS_FOR_MAP_MS };
  return { kind: "idle", frames: GRAPH_AFTER_FRAMES };
}

/** Runs `run` when `when` says; returns the cancel (a newer state of the page replaces this one). */
export function scheduleGraph(when: GraphWhen, run: () => void): () => void {
  switch (when.kind) {
    case "not-yet":
      return () => {};
    case "soon":
    case "capped": {
      const id = setTimeout(run, when.kind === "soon" ? 0 : when.ms);
      return () => clearTimeout(id);
    }
    case "idle":
      return afterFrames(when.frames, () => whenIdle(run));
  }
}

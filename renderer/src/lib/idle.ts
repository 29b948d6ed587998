// Work that can wait for the page to be idle (the computational graph of a new function): run when the browser has
// nothing else to do, or after `timeoutMs` at the latest. Returns the cancel.
export function whenIdle(run: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(() => run(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

/** Runs `run` after `frames` animation frames have been drawn (the work a new picture left for the compositor's
 *  threads, e.g. rasterising a fine contour map, is done by then); `run` may return its own cancel. Returns the
 *  cancel. Where there are no animation frames, after a task. */
export function afterFrames(frames: number, run: () => (() => void) | void): () => void {
  let cancelled = false;
  let cancelRun: (() => void) | void;
  let id: number | ReturnType<typeof setTimeout>;
  const raf = typeof requestAnimationFrame === "function";
  const step = (left: number) => {
    if (cancelled) return;
    if (left === 0) cancelRun = run();
    else if (raf) id = requestAnimationFrame(() => step(left - 1));
    else id = setTimeout(() => step(0), 0);
  };
  step(frames);
  return () => {
    cancelled = true;
    if (raf) cancelAnimationFrame(id as number);
    else clearTimeout(id);
    cancelRun?.();
  };
}

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

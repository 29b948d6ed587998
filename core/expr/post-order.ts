// The one depth-first walk of a DAG: every node reachable from the root, children before parents, each once.
// Iterative, so a deep graph (a long sign run, a thousand-factor product) cannot overflow the stack. Used for
// expression nodes (node.ts, topoOrder) and for the autograd graph's backward sweep (grad-fn.ts).

/** Nodes reachable from `root` in post-order; `children` lists a node's children, null for a child to pass over. */
export function postOrder<T>(root: T, children: (node: T) => readonly (T | null)[]): T[] {
  const out: T[] = [];
  const seen = new Set<T>();
  const stack: [T, readonly (T | null)[], number][] = [[root, children(root), 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, kids, i] = top;
    if (i === 0 && seen.has(node)) {
      stack.pop();
      continue;
    }
    if (i < kids.length) {
      top[2] = i + 1;
      const child = kids[i];
      if (child != null && !seen.has(child)) stack.push([child, children(child), 0]);
    } else {
      stack.pop();
      if (!seen.has(node)) {
        seen.add(node);
        out.push(node);
      }
    }
  }
  return out;
}

/**
 * A value for every node reachable from `root`, each computed once its dependencies have theirs (memo keeps them,
 * and may already hold some from an earlier call): the walk of the simplifier and of the operation count.
 */
export function bottomUp<T, V>(
  root: T,
  deps: (node: T) => Iterable<T>,
  memo: Map<T, V>,
  compute: (node: T) => V,
): V {
  const stack: T[] = [root];
  while (stack.length > 0) {
    const n = stack[stack.length - 1]!;
    if (memo.has(n)) {
      stack.pop();
      continue;
    }
    let ready = true;
    for (const d of deps(n))
      if (!memo.has(d)) {
        ready = false;
        stack.push(d);
      }
    if (!ready) continue;
    stack.pop();
    memo.set(n, compute(n));
  }
  return memo.get(root)!;
}

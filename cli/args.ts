// Command-line arguments: positionals and --flags, checked against each command's list of flags.
// A word starting with one '-' is a positional, so `descent eval "-x^2" --at x=1` works.

export class UsageError extends Error {}

export type FlagKind = "boolean" | "string" | "list";
export type FlagSpec = Readonly<Record<string, FlagKind>>;

export interface Args {
  positionals: string[];
  flags: Map<string, string | boolean | string[]>;
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | boolean | string[]>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith("--")) {
      positionals.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name = word.slice(2, eq < 0 ? undefined : eq);
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!kind) throw new UsageError(`unknown option --${name}`);
    if (kind === "boolean") {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    let value: string;
    if (eq >= 0) value = word.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i]!;
    else throw new UsageError(`--${name} needs a value`);
    if (kind === "list") flags.set(name, [...((flags.get(name) as string[] | undefined) ?? []), value]);
    else flags.set(name, value);
  }
  return { positionals, flags };
}

/** `x=10,y=-2` (one or more --at words) → { x: 10, y: -2 }. */
export function parsePoint(words: readonly string[]): Record<string, number> {
  const at: Record<string, number> = {};
  for (const word of words)
    for (const part of word.split(",")) {
      const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)\s*$/.exec(part);
      const value = m ? Number(m[2]) : NaN;
      if (!m || !Number.isFinite(value))
        throw new UsageError(`cannot read the point '${part}': write it as x=10`);
      Object.defineProperty(at, m[1]!, { value, enumerable: true, writable: true, configurable: true });
    }
  return at;
}

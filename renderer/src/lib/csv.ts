// The iteration table as CSV: one row per iterate, full float precision, RFC 4180 quoting.
import type { IterRow } from "./model.ts";

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Numbers as JavaScript prints them (round-trip exact); missing or non-finite values as empty cells. */
function cell(x: number | undefined): string {
  return x === undefined || !Number.isFinite(x) ? "" : String(x);
}

export function iterationsToCsv(
  vars: readonly string[],
  stateNames: readonly string[],
  rows: readonly IterRow[],
): string {
  const accumulates = rows[0]?.accumulated !== undefined;
  const header = [
    "k",
    ...vars,
    "f",
    ...vars.map((v) => `grad_${v}`),
    ...(accumulates ? vars.map((v) => `accumulated_grad_${v}`) : []),
    ...vars.map((v) => `step_${v}`),
    ...stateNames.flatMap((s) => vars.map((v) => `${s}_${v}`)),
  ];
  const lines = [header.map(field).join(",")];
  for (const r of rows) {
    const cells = [
      String(r.k),
      ...vars.map((_, i) => cell(r.x[i])),
      cell(r.f),
      ...vars.map((_, i) => cell(r.grad?.[i])),
      ...(accumulates ? vars.map((_, i) => cell(r.accumulated?.[i])) : []),
      ...vars.map((_, i) => cell(r.update?.[i])),
      ...stateNames.flatMap((s) => vars.map((_, i) => cell(r.state?.[s]?.[i]))),
    ];
    lines.push(cells.join(","));
  }
  return lines.join("\n") + "\n";
}

// What a typed number may be, and where the arrow keys take it: shared by every settings panel's NumberFields.
import type { Translate } from "./i18n.ts";

/** Why a typed number cannot be used, said in the UI language (null: it is used). */
export function numberChecks(t: Translate) {
  const anyNumber = (n: number | null) => (n === null || !Number.isFinite(n) ? t("field.notNumber") : null);
  return {
    anyNumber,
    positive: (n: number | null) => anyNumber(n) ?? (n! > 0 ? null : t("field.positive")),
    nonNegative: (n: number | null) => anyNumber(n) ?? (n! >= 0 ? null : t("field.nonNegative")),
  };
}

// Arrow keys: α and the tolerance move on a log scale (ten steps a decade, a decade with Shift), two
// significant digits so the field shows 0.063 rather than 0.06309573444801933.
export const logStep = (v: number, dir: 1 | -1, big: boolean) =>
  Number((v * 10 ** ((dir * (big ? 10 : 1)) / 10)).toPrecision(2));
/** Steps of `size` (ten with Shift), rounded so 0.1 + 0.2 shows as 0.3. */
export const linearStep = (size: number) => (v: number, dir: 1 | -1, big: boolean) =>
  Number((v + dir * size * (big ? 10 : 1)).toPrecision(12));

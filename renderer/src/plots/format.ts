// Numbers on axes and labels, formatted for the UI's locale (grouping, decimal mark) with a true minus sign.

const MINUS = "\u2212";

function fix(s: string): string {
  return s.replace(/^-/, MINUS).replace(/([eE])-/, "$1" + MINUS);
}

// Building an Intl.NumberFormat costs far more than formatting with one; the plots format hundreds of labels per
// keystroke, so they are kept by locale and options.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(opts);
  let nf = formats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, opts);
    formats.set(key, nf);
  }
  return nf;
}

/** A formatter for ticks `step` apart: just enough decimals to tell neighbours apart. */
export function tickFormatter(locale: string, step: number, largest: number): (v: number) => string {
  const big = Math.abs(largest) >= 1e6;
  const tiny = step > 0 && step < 1e-4;
  if (big || tiny) {
    const nf = numberFormat(locale, { notation: "scientific", maximumSignificantDigits: 3 });
    return (v) => (v === 0 ? "0" : fix(nf.format(v)));
  }
  const decimals = step > 0 ? Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)) : 0;
  const nf = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (v) => fix(nf.format(Math.abs(v) < step * 1e-9 ? 0 : v));
}

/** A value in a label (the minimum's coordinates): up to `digits` significant digits, no trailing zeros. */
export function formatValue(locale: string, v: number, digits = 4): string {
  if (!Number.isFinite(v)) return "—";
  if (Math.abs(v) < 1e-12) return "0";
  if (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4) {
    return fix(numberFormat(locale, { notation: "scientific", maximumSignificantDigits: digits }).format(v));
  }
  const nf = numberFormat(locale, { maximumSignificantDigits: digits });
  return fix(nf.format(Math.abs(v) < 1e-12 ? 0 : v));
}

const SUPERSCRIPT: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "-": "⁻",
};

/** An integer in superscript digits: -3 → "⁻³". */
export const superscript = (k: number): string => String(k).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]!);

/** 10^k as "10⁻³", for log axes. */
export function powerOfTen(k: number): string {
  if (k === 0) return "1";
  if (k === 1) return "10";
  return "10" + superscript(k);
}

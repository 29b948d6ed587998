// Exact rationals on bigint: what the closed form and the exact root finder compute with, so the board shows
// (x - 2)^2 - 4 and 1/3, never 0.33333. Always normalised: gcd(n, d) = 1, d > 0, the sign lives in n.

const abs = (a: bigint) => (a < 0n ? -a : a);

/** Below this, Euclid runs on doubles: exact for integers under 2⁵³, and many times faster than on bigint. */
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) {
    if (a <= SAFE && b <= SAFE) {
      let x = Number(a);
      let y = Number(b);
      while (y !== 0) [x, y] = [y, x % y];
      return BigInt(x);
    }
    [a, b] = [b, a % b];
  }
  return a;
}

export class Rational {
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    this.n = n;
    this.d = d;
  }

  static of(n: bigint | number, d: bigint | number = 1n): Rational {
    let nn = BigInt(n);
    let dd = BigInt(d);
    if (dd === 0n) throw new RangeError("Rational: zero denominator");
    if (dd < 0n) [nn, dd] = [-nn, -dd];
    const g = gcd(nn, dd);
    return g > 1n ? new Rational(nn / g, dd / g) : new Rational(nn, dd);
  }

  /**
   * The rational a student meant by a JS number: read from its shortest decimal string, so 0.1 is 1/10 (not the
   * binary double 3602879701896397/36028797018963968). Null for NaN and ±Infinity.
   */
  static fromNumber(x: number): Rational | null {
    if (!Number.isFinite(x)) return null;
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
    if (!m) return null;
    const [, sign, int, frac = "", exp = "0"] = m;
    let n = BigInt(int! + frac);
    if (sign === "-") n = -n;
    const e = Number(exp) - frac.length;
    return e >= 0 ? Rational.of(n * 10n ** BigInt(e)) : Rational.of(n, 10n ** BigInt(-e));
  }

  static readonly zero = new Rational(0n, 1n);
  static readonly one = new Rational(1n, 1n);

  add(o: Rational): Rational {
    return Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Rational): Rational {
    return Rational.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.n * o.n, this.d * o.d);
  }
  div(o: Rational): Rational {
    if (o.n === 0n) throw new RangeError("Rational: division by zero");
    return Rational.of(this.n * o.d, this.d * o.n);
  }
  neg(): Rational {
    return new Rational(-this.n, this.d);
  }
  abs(): Rational {
    return this.n < 0n ? this.neg() : this;
  }
  inv(): Rational {
    return Rational.one.div(this);
  }
  /** Integer powers, negative ones included. */
  pow(k: number): Rational {
    if (k < 0) return this.inv().pow(-k);
    return Rational.of(this.n ** BigInt(k), this.d ** BigInt(k));
  }

  cmp(o: Rational): -1 | 0 | 1 {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  eq(o: Rational): boolean {
    return this.n === o.n && this.d === o.d;
  }
  sign(): -1 | 0 | 1 {
    return this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  isOne(): boolean {
    return this.n === 1n && this.d === 1n;
  }
  isInteger(): boolean {
    return this.d === 1n;
  }

  /** The nearest double, correctly rounded; huge or tiny parts never overflow to NaN. */
  toNumber(): number {
    const n = Number(this.n);
    const d = Number(this.d);
    if (Math.abs(n) <= 2 ** 53 && d <= 2 ** 53) return n / d; // both exact: one correctly rounded division
    const a = abs(this.n);
    const k = a.toString(2).length - this.d.toString(2).length; // value ≈ 2^k
    let v: number;
    if (k < -1021) {
      // Subnormal range: count in units of 2^−1074 and round half to even by hand. The value is below 2^(k+1), so
      // the count stays under 2^53 and Number() takes it exactly; from k = −1021 up it could pass 2^53 and be
      // rounded a second time (−7.98360073725025e−308 came back one ulp off).
      const num = a << 1074n;
      let units = num / this.d;
      const twice = 2n * (num % this.d);
      if (twice > this.d || (twice === this.d && units % 2n === 1n)) units += 1n;
      v = Number(units) * 2 ** -537 * 2 ** -537;
    } else {
      // About 66 quotient bits plus a sticky bit for the remainder: Number() then rounds correctly once.
      const s = 66 - k;
      const num = s >= 0 ? a << BigInt(s) : a;
      const den = s >= 0 ? this.d : this.d << BigInt(-s);
      let quotient = num / den;
      if (num % den !== 0n) quotient |= 1n;
      const half = Math.trunc(-s / 2);
      v = Number(quotient) * 2 ** half * 2 ** (-s - half);
    }
    return this.n < 0n ? -v : v;
  }

  /** Input syntax: `3`, `-1/4`; a long round integer as the expression printer writes it, `1e+308`. */
  toText(): string {
    const n = integerText(this.n, "text");
    return this.d === 1n ? n : `${n}/${integerText(this.d, "text")}`;
  }

  /** KaTeX: `3`, `-\frac{1}{4}`, `10^{308}`, `2.5 \times 10^{30}`. */
  toLatex(): string {
    if (this.d === 1n) return integerText(this.n, "latex");
    return `${this.n < 0n ? "-" : ""}\\frac{${integerText(abs(this.n), "latex")}}{${integerText(this.d, "latex")}}`;
  }

  toString(): string {
    return this.toText();
  }
}

/**
 * An integer's digits, except a long round one (22 digits or more, at most 15 of them before its zeros), which is
 * written as m × 10^k — 1e+308 in text (read back as the same number), 10^{308} or 2.5 \times 10^{30} in LaTeX —
 * never as a row of three hundred digits. Exact either way.
 */
const LONG = 10n ** 21n;
function integerText(n: bigint, mode: "text" | "latex"): string {
  if (n < LONG && n > -LONG) return n.toString();
  const digits = abs(n).toString();
  const m = digits.replace(/0+$/, "");
  if (m.length > 15) return n.toString();
  const sign = n < 0n ? "-" : "";
  const k = digits.length - 1;
  const mantissa = m.length === 1 ? m : `${m[0]}.${m.slice(1)}`;
  if (mode === "text") return `${sign}${mantissa}e+${k}`;
  return mantissa === "1" ? `${sign}10^{${k}}` : `${sign}${mantissa} \\times 10^{${k}}`;
}

/** Shorthand for tests and tables: q(1, 4) is 1/4. */
export const q = (n: bigint | number, d: bigint | number = 1n) => Rational.of(n, d);

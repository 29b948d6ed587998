// Identifier rules shared by the parser and both printers.

/** Greek letter names a student may type; they print as Greek letters. (`pi` is the constant π.) */
export const GREEK: ReadonlySet<string> = new Set([
  "alpha",
  "beta",
  "gamma",
  "delta",
  "epsilon",
  "varepsilon",
  "zeta",
  "eta",
  "theta",
  "vartheta",
  "iota",
  "kappa",
  "lambda",
  "mu",
  "nu",
  "xi",
  "rho",
  "sigma",
  "tau",
  "upsilon",
  "phi",
  "varphi",
  "chi",
  "psi",
  "omega",
  "Gamma",
  "Delta",
  "Theta",
  "Lambda",
  "Xi",
  "Pi",
  "Sigma",
  "Upsilon",
  "Phi",
  "Psi",
  "Omega",
]);

export const CONSTANTS: ReadonlySet<string> = new Set(["pi", "e"]);

/**
 * Whether `name(` right after each other is read as a call of a function named `name`. Single letters,
 * subscripted or numbered names and Greek letters are variables, so `x(x+1)`, `w_1(x+1)` and `theta(x+1)` are
 * products; any other multi-letter name directly followed by `(` is a call, so `foo(x)` is an unknown function.
 */
export function readsAsCall(name: string): boolean {
  return name.length > 1 && /^[A-Za-z]+$/.test(name) && !GREEK.has(name) && !CONSTANTS.has(name);
}

/** Greek letters as typed or pasted (θ) → the spelled-out names above; π is the constant pi. */
export const GREEK_LETTERS: ReadonlyMap<string, string> = new Map([
  ["α", "alpha"],
  ["β", "beta"],
  ["γ", "gamma"],
  ["δ", "delta"],
  ["ε", "epsilon"],
  ["ϵ", "epsilon"],
  ["ζ", "zeta"],
  ["η", "eta"],
  ["θ", "theta"],
  ["ϑ", "vartheta"],
  ["ι", "iota"],
  ["κ", "kappa"],
  ["λ", "lambda"],
  ["μ", "mu"],
  ["µ", "mu"], // the micro sign, what some keyboards give for μ
  ["ν", "nu"],
  ["ξ", "xi"],
  ["π", "pi"],
  ["ρ", "rho"],
  ["σ", "sigma"],
  ["τ", "tau"],
  ["υ", "upsilon"],
  ["φ", "phi"],
  ["ϕ", "phi"],
  ["χ", "chi"],
  ["ψ", "psi"],
  ["ω", "omega"],
  ["Γ", "Gamma"],
  ["Δ", "Delta"],
  ["Θ", "Theta"],
  ["Λ", "Lambda"],
  ["Ξ", "Xi"],
  ["Π", "Pi"],
  ["Σ", "Sigma"],
  ["Υ", "Upsilon"],
  ["Φ", "Phi"],
  ["Ψ", "Psi"],
  ["Ω", "Omega"],
]);

/** One name inside a run of letters: [start, end) within the word. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * The reading policy for a run of letters and digits with no underscore (README, "How Descent Lab reads what
 * you type"): from the left, the longest known name (a function, `pi`, `e`, a spelled-out Greek letter) is
 * taken whole, anything else is one letter; digits stay with the name just before them. So `xy` is x·y,
 * `2xy` is 2·x·y, `sinx` is sin x, `pix` is pi·x, `x2y` is x2·y, `beta1` stays beta1 and `theta` stays theta.
 * Linear in the word's length (`longest` bounds the look-ahead).
 */
export function splitWord(word: string, known: ReadonlySet<string>, longest: number): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < word.length) {
    let len = 1;
    for (let k = Math.min(longest, word.length - i); k > 1; k--)
      if (known.has(word.slice(i, i + k))) {
        len = k;
        break;
      }
    let end = i + len;
    while (end < word.length && word.charCodeAt(end) >= 48 && word.charCodeAt(end) <= 57) end++;
    pieces.push({ text: word.slice(i, end), start: i, end });
    i = end;
  }
  return pieces;
}

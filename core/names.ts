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

// Data shapes the plot components take. Plain arrays of numbers, so the session can hand over a run as it is.

/** One optimizer run on f(x): x_k and f(x_k) for k = 0, 1, … */
export interface Run1D {
  id: string;
  label: string;
  color: string;
  /** Optional SVG dash pattern (see palette.runDash), a second cue besides colour. */
  dash?: string;
  xs: ArrayLike<number>;
  fs: ArrayLike<number>;
}

/** One optimizer run on f(x, y). */
export interface Run2D {
  id: string;
  label: string;
  color: string;
  dash?: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  fs: ArrayLike<number>;
}

/** One run's loss curve: f(x_k) per iteration k. */
export interface LossRun {
  id: string;
  label: string;
  color: string;
  dash?: string;
  fs: ArrayLike<number>;
}

export interface LegendItem {
  id: string;
  label: string;
  color: string;
  dash?: string;
}

/** Strings shown on or read out from the plots; the UI passes them in its current language. */
export interface ContourPlotLabels {
  /** Start of the accessible name, e.g. "Graph of f(x) = x² − 4x". */
  title: string;
  /** Axis titles, e.g. "x" and "f(x)". */
  x: string;
  y: string;
  minimum: string;
  /** The start x₀, e.g. "Start x₀". */
  start: string;
  /** The current iterate, e.g. "Current x". */
  current: string;
  resetZoom: string;
  /** Keyboard help appended to the accessible name. */
  keys: string;
}

/** The graph of f(x) says what the contour map says, and names its tangent line. */
export interface FunctionPlotLabels extends ContourPlotLabels {
  /** Tangent line label prefix, e.g. "slope". */
  slope: string;
}

export interface LossChartLabels {
  title: string;
  /** x axis: "iteration k". */
  x: string;
  /** y axis: "f(x_k)". */
  y: string;
  /** y axis when f* is known and the scale is logarithmic: "f(x_k) − f*". */
  gap: string;
  logScale: string;
  step: string;
}

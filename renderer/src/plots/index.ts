// The plots' public surface for the UI.
//
// Styling hooks (CSS custom properties, inherited, so presentation mode can set them on an ancestor):
//   sizes   --plot-font-size (0.9rem; margins and heights follow it), --plot-curve-width, --plot-path-width,
//           --plot-tangent-width, --plot-axis-width, --plot-guide-width, --plot-contour-width, --plot-legend-width,
//           --plot-focus-width, --plot-dot-r, --plot-marker-r, --plot-current-r, --plot-minimum-r, --plot-start-r
//   colours --plot-ink, --plot-bg, --plot-grid, --plot-zero, --plot-axis, --plot-curve, --plot-start,
//           --plot-tangent, --plot-minimum, --plot-current, --plot-focus, --plot-contour-line, --plot-undefined,
//           --plot-undefined-bg
export { default as FunctionPlot } from "./FunctionPlot.svelte";
export { default as ContourPlot } from "./ContourPlot.svelte";
export { default as LossChart } from "./LossChart.svelte";
export { default as Legend } from "./Legend.svelte";
export type { PlotLabels } from "./labels";
export { runColor, runDash, runPalette, contourColor } from "./palette";
export { fitRange, fitRange2D, equalAspect } from "./range";
export type {
  Run1D,
  Run2D,
  LossRun,
  LegendItem,
  FunctionPlotLabels,
  ContourPlotLabels,
  LossChartLabels,
} from "./types";
export type { LevelMode } from "./contour";

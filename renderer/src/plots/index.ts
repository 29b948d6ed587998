// The plots' public surface for the UI.
export { default as FunctionPlot } from "./FunctionPlot.svelte";
export { default as ContourPlot } from "./ContourPlot.svelte";
export { default as LossChart } from "./LossChart.svelte";
export { default as Legend } from "./Legend.svelte";
export { plotLabels, type PlotLabels } from "./labels";
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

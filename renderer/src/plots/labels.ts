// What the plots say in words: the UI passes them in its current language (from the catalog, core/messages/).
import type { ContourPlotLabels, FunctionPlotLabels, LossChartLabels } from "./types";

export interface PlotLabels {
  functionPlot: FunctionPlotLabels;
  contourPlot: ContourPlotLabels;
  lossChart: LossChartLabels;
}

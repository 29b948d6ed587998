// English and Thai strings for the plots, for the UI to use or replace with its own dictionary.
import type { ContourPlotLabels, FunctionPlotLabels, LossChartLabels } from "./types";

export interface PlotLabels {
  functionPlot: FunctionPlotLabels;
  contourPlot: ContourPlotLabels;
  lossChart: LossChartLabels;
}

export const plotLabels: Record<"en" | "th", PlotLabels> = {
  en: {
    functionPlot: {
      title: "Graph of f(x)",
      x: "x",
      y: "f(x)",
      minimum: "minimum",
      // Not "Start x₀": that is the x₀ field's label, and getByLabel would find the plot too.
      start: "starting point x₀",
      current: "current x",
      slope: "slope",
      resetZoom: "Reset zoom",
      keys: "Arrow keys move x₀ (Shift for larger steps); + and − zoom, 0 resets.",
    },
    contourPlot: {
      title: "Contour map of f(x, y)",
      x: "x",
      y: "y",
      minimum: "minimum",
      start: "starting point (x₀, y₀)",
      current: "current point",
      resetZoom: "Reset zoom",
      keys: "Arrow keys move the start (Shift for larger steps); + and − zoom, 0 resets.",
    },
    lossChart: {
      title: "Loss per iteration",
      x: "iteration k",
      y: "f(xₖ)",
      gap: "f(xₖ) − f*",
      logScale: "Log scale",
      step: "step",
    },
  },
  th: {
    functionPlot: {
      title: "กราฟของ f(x)",
      x: "x",
      y: "f(x)",
      minimum: "จุดต่ำสุด",
      start: "ค่าเริ่มต้น x₀",
      current: "x ปัจจุบัน",
      slope: "ความชัน",
      resetZoom: "รีเซ็ตการซูม",
      keys: "ปุ่มลูกศรเลื่อน x₀ (กด Shift เพื่อก้าวใหญ่ขึ้น) ปุ่ม + และ − ซูม ปุ่ม 0 รีเซ็ต",
    },
    contourPlot: {
      title: "แผนภาพเส้นชั้นของ f(x, y)",
      x: "x",
      y: "y",
      minimum: "จุดต่ำสุด",
      start: "ค่าเริ่มต้น (x₀, y₀)",
      current: "จุดปัจจุบัน",
      resetZoom: "รีเซ็ตการซูม",
      keys: "ปุ่มลูกศรเลื่อนจุดเริ่มต้น (กด Shift เพื่อก้าวใหญ่ขึ้น) ปุ่ม + และ − ซูม ปุ่ม 0 รีเซ็ต",
    },
    lossChart: {
      title: "ค่าฟังก์ชันในแต่ละรอบ",
      x: "รอบที่ k",
      y: "f(xₖ)",
      gap: "f(xₖ) − f*",
      logScale: "สเกลลอการิทึม",
      step: "ขั้นที่",
    },
  },
};

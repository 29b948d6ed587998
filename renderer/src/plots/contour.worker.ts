// The contour map's sampling and marching squares off the main thread (contour-bands.ts). The function comes as
// its text and variables and is read with the page's own parser and compiled evaluator.
import { evaluator, parseFunction } from "../lib/engine.ts";
import { contourBands, type Bands, type BandsRequest } from "./contour-bands.ts";

export interface ContourRequest extends BandsRequest {
  text: string;
  vars: readonly string[];
}

self.onmessage = (e: MessageEvent<{ id: number; request: ContourRequest }>) => {
  const { id, request } = e.data;
  let answer: Bands | null = null;
  try {
    const p = parseFunction(request.text);
    const ev = p.ok ? evaluator(p.node, request.vars) : null;
    answer = ev ? contourBands(ev.f2, request) : null;
  } catch {
    answer = null;
  }
  self.postMessage({ id, answer });
};

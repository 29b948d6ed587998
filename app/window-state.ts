// The window's size and position, remembered between sessions. A saved position is used only if the window
// would still be mostly on one of today's screens (a projector unplugged since last time must not hide it).
import { z } from "zod";

export type Bounds = { x: number; y: number; width: number; height: number };
export const DEFAULT_BOUNDS = { width: 1440, height: 900 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

const savedSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_SIZE.width).max(20000),
  height: z.number().int().min(MIN_SIZE.height).max(20000),
  maximized: z.boolean(),
});
export type SavedWindow = z.infer<typeof savedSchema>;

/** Where to open the window, from what was saved (any JSON, or nothing) and today's screens' work areas. */
export function restoreBounds(
  saved: unknown,
  screens: readonly Bounds[],
): Partial<Bounds> & { maximized: boolean } {
  const parsed = savedSchema.safeParse(saved);
  if (!parsed.success) return { ...DEFAULT_BOUNDS, maximized: false };
  const { maximized, ...bounds } = parsed.data;
  const visible = screens.some((s) => overlap(bounds, s) >= 0.5 * bounds.width * bounds.height);
  return visible ? { ...bounds, maximized } : { width: bounds.width, height: bounds.height, maximized };
}

function overlap(a: Bounds, b: Bounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

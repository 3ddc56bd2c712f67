/**
 * Keeping the latest result in view: after Run or Check, the verdict and console sit under the
 * controls, which on a phone (or with a long description above) can put them below the fold.
 * The page scrolls just enough to show the result (a run's whole console, a check's summary and
 * first checks), and no further, so the controls the learner just used stay on screen where they
 * can.
 */

/** How much of a verdict's top must be on screen, in pixels (its summary and first checks). */
export const VERDICT_PIXELS = 240;
/** Room left between the result and the viewport's edge, in pixels. */
const MARGIN = 12;

/**
 * How far to scroll the page down (positive) or up (negative) so that the first `want` pixels of
 * a box at `top` (relative to the viewport) with `height` are visible; 0 when they already are.
 */
export function revealDelta(top: number, height: number, viewport: number, want: number): number {
  const need = Math.min(height, want, viewport - 2 * MARGIN);
  if (top < 0) return top - MARGIN;
  const overflow = top + need - viewport;
  return overflow > 0 ? overflow + MARGIN : 0;
}

/**
 * Scrolls the window so the first `want` pixels of `element` show (all of it by default, as much
 * as fits), smoothly unless the learner asks for reduced motion.
 */
export function revealTop(element: Element, want = Infinity): void {
  const box = element.getBoundingClientRect();
  const delta = revealDelta(box.top, box.height, window.innerHeight, want);
  if (delta === 0) return;
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  window.scrollBy({ top: delta, behavior: reduced ? "auto" : "smooth" });
}

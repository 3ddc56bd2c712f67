/**
 * How wide the timeline's column of lane labels should be: wide enough for the longest label
 * (indent, kind badge, name), so "Thread-3 (_handle_results)" is not cut to "Thread-3 (ha…",
 * but never so wide that the strips lose most of the chart. Estimated from character counts
 * (no layout read): a label still too long ends in an ellipsis, and its full name shows in the
 * details box on hover, keyboard focus or a tap. Pure.
 */
import type { TimelineRow } from "./trace-model";

export const MIN_LABEL_WIDTH = 200;
const MAX_LABEL_WIDTH = 360;
/** At most this share of the chart's width goes to labels. */
const MAX_SHARE = 0.35;
/** Deeper nesting is not indented further (TimelineRow.tsx indents 0.75rem a level). */
export const MAX_INDENT = 8;
// Average glyph widths at the label's font sizes (0.8rem name, 0.65rem uppercase badge), a little
// generous; and the fixed parts: left padding, badge padding, gaps, right margin.
const NAME_CHAR = 7.4;
const BADGE_CHAR = 7;
const INDENT = 12;
const FIXED = 6.4 + 9.6 + 5.6 + 10;

export function labelWidth(
  rows: readonly TimelineRow[],
  kinds: Readonly<Record<TimelineRow["lane"]["kind"], string>>,
  chartWidth: number,
): number {
  let widest = 0;
  for (const row of rows) {
    const width =
      Math.min(row.depth, MAX_INDENT) * INDENT +
      kinds[row.lane.kind].length * BADGE_CHAR +
      row.lane.name.length * NAME_CHAR +
      FIXED;
    if (width > widest) widest = width;
  }
  const cap = Math.max(MIN_LABEL_WIDTH, Math.min(MAX_LABEL_WIDTH, chartWidth * MAX_SHARE));
  return Math.round(Math.min(cap, Math.max(MIN_LABEL_WIDTH, widest)));
}

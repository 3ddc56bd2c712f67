/** The time axis above the lanes: ticks at 1-2-5 steps, labelled in one unit. */
import type { DurationUnits } from "../run/duration";
import { formatTime, ticks, type TimeWindow } from "./viewport";

export const AXIS_HEIGHT = 24;
/** Roughly one label per this many pixels. */
const PIXELS_PER_TICK = 90;

export function TimelineAxis({
  window,
  width,
  units,
}: {
  window: TimeWindow;
  width: number;
  units: DurationUnits;
}) {
  if (width <= 0) return <svg className="timeline-axis" height={AXIS_HEIGHT} aria-hidden="true" />;
  const { step, times } = ticks(window, Math.max(2, Math.floor(width / PIXELS_PER_TICK)));
  const span = window.t1 - window.t0;
  return (
    <svg className="timeline-axis" width={width} height={AXIS_HEIGHT} aria-hidden="true">
      <line x1={0} x2={width} y1={AXIS_HEIGHT - 1} y2={AXIS_HEIGHT - 1} stroke="#94a3b8" />
      {times.map((t) => {
        const x = ((t - window.t0) / span) * width;
        return (
          <g key={t} transform={`translate(${x},0)`}>
            <line y1={AXIS_HEIGHT - 6} y2={AXIS_HEIGHT} stroke="#94a3b8" />
            <text
              y={AXIS_HEIGHT - 9}
              textAnchor={x < 20 ? "start" : x > width - 30 ? "end" : "middle"}
              fontSize={11}
              fill="#475569"
            >
              {formatTime(t, window.t1, step, units)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

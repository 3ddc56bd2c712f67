/**
 * One lane of the timeline: its label (indented by nesting) and an SVG strip with the bars, prints,
 * event-loop blocking and the deadlock line visible in the current window. Memoised: scrolling the
 * rows or hovering does not redraw rows whose inputs did not change.
 */
import { memo, useMemo, type KeyboardEvent, type PointerEvent } from "react";
import type { UiText } from "../i18n/ui-text";
import {
  ACCESS_COLOR,
  CONFLICT_COLOR,
  CURRENT_ACCESS_COLOR,
  DEADLOCK_COLOR,
  LOOP_BLOCKED_COLOR,
  PRINT_COLOR,
  PROCESS_COLOR,
  stateColor,
} from "./colors";
import { MAX_INDENT } from "./label-width";
import type { TimelineRow } from "./trace-model";
import { visibleBars, visibleMarks, type TimeWindow } from "./viewport";

/** Height of a lane's strip; a stacked row (phone) adds a line for its label above it. */
export const ROW_HEIGHT = 26;
export const LABEL_LINE_HEIGHT = 18;
const BAR_Y = 6;
const BAR_HEIGHT = 14;

export interface TimelineRowProps {
  row: TimelineRow;
  index: number;
  window: TimeWindow;
  width: number;
  /** The row's full height: the strip's, plus the label line when stacked. */
  height: number;
  /** Whether the label sits on its own line above the strip (narrow charts) instead of beside it. */
  stacked: boolean;
  /** Width of the label column beside the strip, in pixels (unused when stacked). */
  labelWidth: number;
  deadlockAt: number | null;
  /** Whether this row holds the keyboard focus (roving tabindex: one tab stop for all rows). */
  tabbable: boolean;
  /** The keyboard cursor's time on this row, if it has one. */
  cursor: number | null;
  text: UiText["timeline"];
  onHover: (index: number, x: number) => void;
  onKeyDown: (index: number, event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: (index: number) => void;
  /** Tells the chart which element shows row `index`, so arrow keys can move focus to it. */
  register: (index: number, element: HTMLDivElement | null) => void;
}

function RowStrip({ row, window, width, deadlockAt, cursor }: TimelineRowProps) {
  const span = window.t1 - window.t0;
  const toX = (t: number) => ((t - window.t0) / span) * width;
  const bars = useMemo(() => visibleBars(row.segments, window, width), [row, window, width]);
  const prints = useMemo(() => visibleMarks(row.prints, window, width), [row, window, width]);
  const loopBlocks = row.loopBlocks.filter(
    (b) => b.t <= window.t1 && b.t + b.duration >= window.t0,
  );
  const processSpan =
    row.lane.kind === "process" && row.start !== null && row.finish !== null
      ? { x0: Math.max(0, toX(row.start)), x1: Math.min(width, toX(row.finish)) }
      : null;
  return (
    <>
      {processSpan && processSpan.x1 > processSpan.x0 && (
        <rect
          x={processSpan.x0}
          y={BAR_Y + 4}
          width={Math.max(1, processSpan.x1 - processSpan.x0)}
          height={BAR_HEIGHT - 8}
          rx={3}
          fill={PROCESS_COLOR}
          className="timeline-svg__process"
        />
      )}
      {bars.map((bar, i) => (
        <rect
          key={i}
          x={bar.x}
          y={BAR_Y}
          width={bar.width}
          height={BAR_HEIGHT}
          fill={stateColor(bar.state, bar.reason)}
          data-state={bar.state}
          data-reason={bar.reason ?? undefined}
        />
      ))}
      {loopBlocks.map((block, i) => {
        const x0 = Math.max(0, toX(block.t));
        const x1 = Math.min(width, toX(block.t + block.duration));
        return (
          <rect
            key={`loop-${i}`}
            x={x0}
            y={BAR_Y - 3}
            width={Math.max(2, x1 - x0)}
            height={BAR_HEIGHT + 6}
            fill={LOOP_BLOCKED_COLOR}
            fillOpacity={0.18}
            stroke={LOOP_BLOCKED_COLOR}
            strokeWidth={1.5}
            data-loop-blocked=""
          />
        );
      })}
      {prints.map(({ x }, i) => (
        <path
          key={`print-${i}`}
          d={`M${x - 3},0 L${x + 3},0 L${x},5 Z`}
          fill={PRINT_COLOR}
          className="timeline-svg__print"
        />
      ))}
      {deadlockAt !== null && deadlockAt >= window.t0 && deadlockAt <= window.t1 && (
        <line
          x1={toX(deadlockAt)}
          x2={toX(deadlockAt)}
          y1={0}
          y2={ROW_HEIGHT}
          stroke={DEADLOCK_COLOR}
          strokeWidth={2}
          strokeDasharray="4 2"
        />
      )}
      {row.accesses.map((access, i) =>
        access.t < window.t0 || access.t > window.t1 ? null : (
          <path
            key={`access-${i}`}
            d={diamond(toX(access.t), access.conflict ? 6 : 3.5)}
            fill={access.conflict ? CONFLICT_COLOR : ACCESS_COLOR}
            stroke={access.current ? CURRENT_ACCESS_COLOR : "none"}
            strokeWidth={access.current ? 2.5 : 0}
            data-access={access.conflict ? "conflict" : "access"}
            data-current={access.current ? "" : undefined}
          />
        ),
      )}
      {cursor !== null && cursor >= window.t0 && cursor <= window.t1 && (
        <line
          x1={toX(cursor)}
          x2={toX(cursor)}
          y1={0}
          y2={ROW_HEIGHT}
          stroke="#1d4ed8"
          className="timeline-svg__cursor"
          strokeWidth={2}
        />
      )}
    </>
  );
}

/** A diamond centred on the bar, at `x`. */
function diamond(x: number, r: number): string {
  const y = BAR_Y + BAR_HEIGHT / 2;
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;
}

function TimelineRowViewBase(props: TimelineRowProps) {
  const { row, index, width, height, stacked, labelWidth, tabbable, text } = props;
  const { onHover, onKeyDown, onFocus, register } = props;
  const kind = text.kinds[row.lane.kind];
  const conflicts = row.accesses.filter((a) => a.conflict).length;
  const label = [
    `${row.lane.name} (${kind})`,
    row.deadlock ? text.deadlocked(row.deadlock.waitsFor, row.deadlock.heldBy) : null,
    conflicts > 0 ? text.conflicts(conflicts) : null,
  ]
    .filter((part) => part !== null)
    .join(", ");
  return (
    <div
      ref={(element) => {
        register(index, element);
        return () => register(index, null);
      }}
      role="listitem"
      aria-label={label}
      tabIndex={tabbable ? 0 : -1}
      className={stacked ? "timeline-row timeline-row--stacked" : "timeline-row"}
      data-testid="timeline-row"
      data-lane-kind={row.lane.kind}
      data-deadlocked={row.deadlock ? "" : undefined}
      data-conflicts={conflicts > 0 ? conflicts : undefined}
      style={{ top: index * height, height }}
      onKeyDown={(event) => onKeyDown(index, event)}
      onFocus={() => onFocus(index)}
    >
      <div
        className="timeline-row__label"
        style={{
          paddingLeft: `${0.4 + Math.min(row.depth, MAX_INDENT) * 0.75}rem`,
          ...(stacked ? {} : { width: labelWidth, flexBasis: labelWidth }),
        }}
        title={label}
      >
        <span className={`timeline-row__kind timeline-row__kind--${row.lane.kind}`}>{kind}</span>
        <span className="timeline-row__name">{row.lane.name}</span>
        {row.deadlock && (
          <span className="timeline-row__flag timeline-row__flag--deadlock" aria-hidden="true">
            !
          </span>
        )}
        {row.error && (
          <span className="timeline-row__flag" aria-hidden="true" title={row.error}>
            ✗
          </span>
        )}
      </div>
      <svg
        className="timeline-row__strip"
        width={width}
        height={ROW_HEIGHT}
        aria-hidden="true"
        onPointerMove={(event: PointerEvent<SVGSVGElement>) =>
          onHover(index, event.clientX - event.currentTarget.getBoundingClientRect().left)
        }
      >
        <RowStrip {...props} />
      </svg>
    </div>
  );
}

export const TimelineRowView = memo(TimelineRowViewBase);

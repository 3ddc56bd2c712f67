/**
 * The timeline proper: time axis, one row per lane, details on hover and keyboard focus.
 *
 * Big traces stay responsive: the model is built once per trace by the caller; rows are
 * virtualised (only those scrolled into view are in the DOM); each row draws at most about one
 * bar per pixel (see ./viewport.ts). Zoom with the buttons or Ctrl+wheel, pan by dragging or with
 * Shift+wheel. Keyboard: rows share one tab stop; ↑↓ move between lanes, ←→ step through a lane's
 * events, Home/End jump to its first/last, +/- zoom.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { UiText } from "../i18n/ui-text";
import { describeAt, nextStop, rowStops } from "./details";
import { labelWidth as widthOfLabels } from "./label-width";
import { AXIS_HEIGHT, TimelineAxis } from "./TimelineAxis";
import { LABEL_LINE_HEIGHT, ROW_HEIGHT, TimelineRowView } from "./TimelineRow";
import type { TimelineModel } from "./trace-model";
import { useWidth } from "./use-width";
import { pan, zoom, type TimeWindow } from "./viewport";

/**
 * Below this chart width (a phone), a column of labels would leave the strips too little room and
 * cut names short: each lane's label goes on a line of its own above its strip instead, whole.
 */
const STACK_BELOW = 560;
/** Rows drawn beyond the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN = 4;
const MAX_VISIBLE_ROWS = 14;
/** Hovering within this many pixels of a print shows it. */
const HIT_PIXELS = 4;
const ZOOM_STEP = 0.5;

interface Pointer {
  row: number;
  t: number;
  x: number;
}

export function TimelineChart({ model, text }: { model: TimelineModel; text: UiText["timeline"] }) {
  const full: TimeWindow = { t0: 0, t1: Math.max(model.end, 1e-6) };
  const [view, setView] = useState({ model, window: full });
  // A new trace starts fitted (adjusting state to a new prop during render, as React recommends).
  if (view.model !== model) setView({ model, window: full });
  const window = view.model === model ? view.window : full;
  const setWindow = useCallback((w: TimeWindow) => setView((v) => ({ ...v, window: w })), []);

  const chart = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const chartWidth = useWidth(chart);
  const stacked = chartWidth > 0 && chartWidth < STACK_BELOW;
  // The label column fits the longest name (within limits); the strips take the rest.
  const fitted = useMemo(
    () => widthOfLabels(model.rows, text.kinds, chartWidth),
    [model.rows, text.kinds, chartWidth],
  );
  const labelWidth = stacked ? 0 : fitted;
  const rowHeight = stacked ? ROW_HEIGHT + LABEL_LINE_HEIGHT : ROW_HEIGHT;
  const width = Math.max(0, chartWidth - labelWidth);
  const [scrollTop, setScrollTop] = useState(0);
  const [hover, setHover] = useState<Pointer | null>(null);
  const [focus, setFocus] = useState<{ row: number; t: number | null } | null>(null);
  // Whether keyboard focus is in the lanes: the cursor is kept when it leaves (Tab, a dialog),
  // for when it comes back, but its details are not shown meanwhile.
  const [focusIn, setFocusIn] = useState(false);
  const rowElements = useRef(new Map<number, HTMLDivElement>());
  const pendingFocus = useRef<number | null>(null);

  const span = window.t1 - window.t0;
  const timeAt = useCallback(
    (x: number) => window.t0 + (x / Math.max(1, width)) * span,
    [window, width, span],
  );
  const viewportRows = Math.min(model.rows.length, MAX_VISIBLE_ROWS);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(
    model.rows.length,
    Math.ceil(scrollTop / rowHeight) + viewportRows + OVERSCAN,
  );

  // Ctrl+wheel zooms around the pointer, Shift+wheel (or a sideways wheel) pans. A native listener:
  // React's wheel handlers are passive and cannot keep the page from scrolling.
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const x = event.clientX - element.getBoundingClientRect().left - labelWidth;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        setWindow(zoom(window, event.deltaY < 0 ? 0.8 : 1.25, timeAt(x), model.end));
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        const delta = event.shiftKey ? event.deltaY : event.deltaX;
        setWindow(pan(window, (delta / Math.max(1, width)) * span, model.end));
      }
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [window, width, span, timeAt, model.end, setWindow, labelWidth]);

  // Dragging a strip pans the window.
  const drag = useRef<{ x: number; window: TimeWindow } | null>(null);
  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || !(event.target instanceof SVGElement)) return;
    drag.current = { x: event.clientX, window };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    const dt =
      ((start.x - event.clientX) / Math.max(1, width)) * (start.window.t1 - start.window.t0);
    setWindow(pan(start.window, dt, model.end));
  };
  const endDrag = () => {
    drag.current = null;
  };

  const onHover = useCallback(
    (row: number, x: number) => setHover({ row, x, t: timeAt(x) }),
    [timeAt],
  );

  const focusRow = useCallback(
    (row: number) => {
      const target = Math.max(0, Math.min(model.rows.length - 1, row));
      const element = scroller.current;
      if (element) {
        const top = target * rowHeight;
        if (top < element.scrollTop) element.scrollTop = top;
        else if (top + rowHeight > element.scrollTop + element.clientHeight)
          element.scrollTop = top + rowHeight - element.clientHeight;
      }
      pendingFocus.current = target;
      setFocus({ row: target, t: null });
    },
    [model.rows.length, rowHeight],
  );

  // Move DOM focus once the target row is rendered (it may have just been scrolled into view).
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const element = rowElements.current.get(target);
    if (element) {
      pendingFocus.current = null;
      element.focus();
    }
  });

  const onKeyDown = useCallback(
    (index: number, event: KeyboardEvent<HTMLDivElement>) => {
      const row = model.rows[index];
      if (!row) return;
      const current = focus?.row === index ? focus.t : null;
      const step = (t: number | null) => {
        if (t === null) return;
        setFocus({ row: index, t });
        if (t < window.t0 || t > window.t1)
          setWindow(pan(window, t - (window.t0 + span / 2), model.end));
      };
      switch (event.key) {
        case "ArrowDown":
          focusRow(index + 1);
          break;
        case "ArrowUp":
          focusRow(index - 1);
          break;
        case "ArrowRight":
          step(nextStop(rowStops(row), current, 1));
          break;
        case "ArrowLeft":
          step(nextStop(rowStops(row), current, -1));
          break;
        case "Home":
          step(rowStops(row)[0] ?? null);
          break;
        case "End":
          step(rowStops(row).at(-1) ?? null);
          break;
        case "+":
        case "=":
          setWindow(zoom(window, ZOOM_STEP, current ?? window.t0 + span / 2, model.end));
          break;
        case "-":
          setWindow(zoom(window, 1 / ZOOM_STEP, current ?? window.t0 + span / 2, model.end));
          break;
        case "Escape":
          setFocus(null);
          return;
        default:
          return;
      }
      event.preventDefault();
    },
    [model, focus, window, span, setWindow, focusRow],
  );

  const register = useCallback((index: number, element: HTMLDivElement | null) => {
    if (element) rowElements.current.set(index, element);
    else rowElements.current.delete(index);
  }, []);

  const onRowFocus = useCallback(
    (index: number) => setFocus((f) => (f?.row === index ? f : { row: index, t: null })),
    [],
  );

  // Hover wins over keyboard focus while the pointer is on a strip.
  const shown = hover ?? (focus && focusIn ? { row: focus.row, t: focus.t, x: null } : null);
  const shownRow = shown ? model.rows[shown.row] : undefined;
  const tolerance = (HIT_PIXELS / Math.max(1, width)) * span;
  const details =
    shown && shownRow ? describeAt(shownRow, shown.t ?? -Infinity, tolerance, text) : null;
  // Below the row in the upper half of the lanes, above it in the lower half: never clipped.
  const rowTop = shown ? shown.row * rowHeight - scrollTop : 0;
  const above = rowTop + rowHeight / 2 > (viewportRows * rowHeight) / 2;
  // The lanes' top inside the chart (below the tools and the axis); read when there is a tooltip,
  // which is only after the chart has been laid out.
  const lanesTop = scroller.current?.offsetTop ?? AXIS_HEIGHT;
  const tooltipTop = lanesTop + (above ? rowTop - 4 : rowTop + rowHeight + 4);
  const cursorX = shown && shown.t !== null ? ((shown.t - window.t0) / span) * width : 0;

  return (
    <div className="timeline-chart" ref={chart}>
      <div className="timeline-chart__tools" role="toolbar" aria-label={text.label}>
        <button
          type="button"
          className="button button--small"
          onClick={() => setWindow(zoom(window, ZOOM_STEP, window.t0 + span / 2, model.end))}
        >
          {text.zoomIn}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => setWindow(zoom(window, 1 / ZOOM_STEP, window.t0 + span / 2, model.end))}
        >
          {text.zoomOut}
        </button>
        <button type="button" className="button button--small" onClick={() => setWindow(full)}>
          {text.fit}
        </button>
        <span className="timeline-chart__keys">{text.keys}</span>
      </div>
      <div className="timeline-chart__axis" style={{ paddingLeft: labelWidth }}>
        <TimelineAxis window={window} width={width} units={text.units} />
      </div>
      <div
        ref={scroller}
        className="timeline-chart__rows"
        role="list"
        aria-label={text.lanes}
        style={{ height: viewportRows * rowHeight + 2 }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onPointerLeave={() => setHover(null)}
        onFocus={() => setFocusIn(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setFocusIn(false);
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div style={{ height: model.rows.length * rowHeight, position: "relative" }}>
          {model.rows.slice(first, last).map((row, offset) => {
            const index = first + offset;
            return (
              <TimelineRowView
                key={row.lane.id}
                row={row}
                index={index}
                window={window}
                width={width}
                height={rowHeight}
                stacked={stacked}
                labelWidth={labelWidth}
                deadlockAt={model.deadlockAt}
                tabbable={(focus?.row ?? 0) === index}
                cursor={focus?.row === index ? focus.t : null}
                text={text}
                onHover={onHover}
                onKeyDown={onKeyDown}
                onFocus={onRowFocus}
                register={register}
              />
            );
          })}
        </div>
      </div>
      <div
        className="timeline-chart__details"
        role="status"
        aria-live="polite"
        data-testid="timeline-details"
        hidden={!details}
        data-placement={above ? "above" : "below"}
        style={{
          top: tooltipTop,
          left: Math.min(
            labelWidth + Math.max(0, cursorX) + 12,
            Math.max(0, labelWidth + width - 280),
          ),
        }}
      >
        {details && (
          <>
            <strong>{details.title}</strong>
            {details.lines.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </>
        )}
      </div>
    </div>
  );
}

/**
 * The timeline of the open exercise's last run or check: a header saying which, the legend,
 * deadlock and truncation notices, and the chart. The trace -> rows mapping runs once per trace.
 * `data-state` (empty / ready) and `data-rows` expose it to tests.
 */
import { useMemo } from "react";
import { useAppStore } from "../../store/app-store";
import { useUiText } from "../i18n/use-ui-text";
import { TimelineChart } from "./TimelineChart";
import { TimelineLegend } from "./TimelineLegend";
import { buildTimeline } from "./trace-model";
import { formatTime } from "./viewport";
import "./timeline.css";

export function TimelinePanel({ exerciseId }: { exerciseId: string }) {
  const record = useAppStore((s) => (s.lastTrace?.exerciseId === exerciseId ? s.lastTrace : null));
  const ui = useUiText();
  const text = ui.timeline;
  const model = useMemo(
    () =>
      record
        ? buildTimeline({ trace: record.trace, elapsed: record.elapsed, deadlock: record.deadlock })
        : null,
    [record],
  );
  return (
    <section
      className="timeline"
      aria-labelledby="timeline-title"
      data-testid="timeline"
      data-state={model ? "ready" : "empty"}
      data-rows={model?.rows.length ?? 0}
    >
      <header className="timeline__header">
        <h2 id="timeline-title">{text.label}</h2>
        {record && (
          <p className="timeline__source">
            {record.source === "run"
              ? text.sourceRun(ui.console.seconds(record.elapsed))
              : text.sourceCheck(ui.console.seconds(record.elapsed))}
          </p>
        )}
      </header>
      {!model && <p className="timeline__empty">{text.empty}</p>}
      {model && (
        <>
          <TimelineLegend model={model} text={text} />
          {model.deadlockAt !== null && (
            <div role="alert" className="timeline__deadlock">
              <p>{text.deadlockAt(formatTime(model.deadlockAt))}</p>
              {record?.deadlock && <pre>{record.deadlock.message}</pre>}
            </div>
          )}
          {model.truncated && <p className="notice">{text.truncated}</p>}
          <TimelineChart model={model} text={text} />
        </>
      )}
    </section>
  );
}

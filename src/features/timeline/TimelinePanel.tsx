/**
 * The timeline of the open exercise's last run or check: a header saying which, the legend,
 * deadlock and truncation notices, and the chart. While a failing schedule is replayed (see
 * features/replay), it shows that schedule's run instead, with every access to shared data on
 * its thread's lane: the racing ones marked, the replay's current step ringed. The trace -> rows
 * mapping runs once per trace and step. `data-state` (empty / ready), `data-rows` and
 * `data-source` (run / check / replay) expose it to tests.
 */
import { memo, useDeferredValue, useMemo } from "react";
import { useAppStore } from "../../store/app-store";
import type { TraceRecord } from "../../store/slices/run";
import { useUiText } from "../i18n/use-ui-text";
import { useReplayStore } from "../replay/replay-store";
import { TimelineChart } from "./TimelineChart";
import { TimelineLegend } from "./TimelineLegend";
import { buildTimeline } from "./trace-model";
import { formatTime } from "./viewport";
import "./timeline.css";

export function TimelinePanel({ exerciseId }: { exerciseId: string }) {
  // Deferred: a Run clears the last timeline and a run's end draws the new one, and neither may
  // hold up the frame that shows the Run's first output (the click's render is the toolbar and
  // the console; the view follows in a render of its own that yields to the browser). The view
  // is memoised, so the click's render stops here instead of drawing the old chart again.
  const last = useDeferredValue(
    useAppStore((s) => (s.lastTrace?.exerciseId === exerciseId ? s.lastTrace : null)),
  );
  return <TimelineView exerciseId={exerciseId} last={last} />;
}

const TimelineView = memo(function TimelineView({
  exerciseId,
  last,
}: {
  exerciseId: string;
  last: TraceRecord | null;
}) {
  const replay = useReplayStore((s) =>
    s.open?.exerciseId === exerciseId && s.open.replay.timeline ? s.open : null,
  );
  const ui = useUiText();
  const text = ui.timeline;
  const record = useMemo(
    () => (replay?.replay.timeline ? { ...replay.replay.timeline, source: "replay" } : last),
    [replay?.replay.timeline, last],
  );
  const model = useMemo(() => {
    if (!record) return null;
    const race = replay?.replay.race;
    const conflict = new Set(race?.conflict ?? []);
    const accesses = (race?.steps ?? []).map((s, i) => ({
      lane: s.lane,
      t: s.t,
      conflict: conflict.has(i),
      current: i === replay?.step,
    }));
    return buildTimeline({ ...record, accesses });
  }, [record, replay?.replay.race, replay?.step]);
  return (
    <section
      className="timeline"
      aria-labelledby="timeline-title"
      data-testid="timeline"
      data-state={model ? "ready" : "empty"}
      data-rows={model?.rows.length ?? 0}
      data-source={record?.source}
    >
      <header className="timeline__header">
        <h2 id="timeline-title">{text.label}</h2>
        {record && (
          <p className="timeline__source">
            {replay
              ? text.sourceReplay(
                  replay.replay.schedule,
                  replay.replay.seed,
                  ui.console.seconds(record.elapsed),
                )
              : record.source === "run"
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
              <p>
                {text.deadlockAt(
                  formatTime(model.deadlockAt, model.deadlockAt, undefined, text.units),
                )}
              </p>
              {record?.deadlock && <pre>{record.deadlock.message}</pre>}
            </div>
          )}
          {model.truncated && <p className="notice">{text.truncated}</p>}
          <TimelineChart model={model} text={text} />
        </>
      )}
    </section>
  );
});

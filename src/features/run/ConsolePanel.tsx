/**
 * The console: a run's stdout and stderr as they are produced (for a check, the main run's output
 * once it is judged), a footer saying how it ended, and, once a run is over, its replay: the
 * output again at the pace of the virtual clock (1x, 10x), and each line's virtual time on demand
 * (both from the trace's print events, ./timed-output.ts). `data-state` (idle / running /
 * stopping), `data-mode` (run / check), `data-run-id`, `data-outcome` and `data-replay`
 * (off / playing) expose the job's state to tests and styles. Only this exercise's job shows: the
 * console of another exercise (or of the authoring preview) starts empty, not with the output of
 * whatever ran last.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { useAppStore } from "../../store/app-store";
import type { OutputChunk } from "../../store/slices/run";
import { useUiText } from "../i18n/use-ui-text";
import { formatOutcome } from "./format-outcome";
import { timedLines, type TimedLine } from "./timed-output";
import { useConsoleReplay } from "./use-console-replay";
import "./run.css";

const SPEEDS = [1, 10] as const;
const NO_OUTPUT: OutputChunk[] = [];

export function ConsolePanel({ exerciseId }: { exerciseId: string }) {
  const mine = useAppStore((s) => s.runExerciseId === exerciseId);
  const output = useAppStore((s) => (mine ? s.output : NO_OUTPUT));
  const runStatus = useAppStore((s) => s.runStatus);
  const runId = useAppStore((s) => s.runId);
  const outcome = useAppStore((s) => (mine ? s.outcome : null));
  const mode = useAppStore((s) => s.runMode);
  const record = useAppStore((s) => (s.lastTrace?.exerciseId === exerciseId ? s.lastTrace : null));
  const text = useUiText().console;
  const scroller = useRef<HTMLPreElement>(null);
  const [showTimes, setShowTimes] = useState(false);

  const idle = runStatus === "idle";
  const lines = useMemo(
    () => (idle && record ? timedLines(output, record.trace, record.elapsed) : null),
    [idle, record, output],
  );
  const end = lines?.at(-1)?.t ?? 0;
  const replay = useConsoleReplay(end, runId);
  const timed = lines !== null && (showTimes || replay.speed !== null);
  const visible = timed ? lines.filter((line) => line.t <= replay.reached) : null;

  // Follow the output as it grows, like a terminal.
  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [output, visible?.length]);

  return (
    <section
      aria-label={text.label}
      className="console"
      data-testid="console"
      data-state={runStatus}
      data-mode={mode}
      data-run-id={runId ?? 0}
      data-outcome={outcome?.kind ?? "none"}
      data-replay={replay.speed === null ? "off" : "playing"}
    >
      <pre ref={scroller} className="console__output" data-testid="console-output" role="log">
        {visible
          ? visible.map((line, index) => (
              <TimedRow key={index} line={line} showTime={showTimes} format={text.seconds} />
            ))
          : output.map((chunk, index) => (
              <span key={index} className={`console__${chunk.stream}`}>
                {chunk.text}
              </span>
            ))}
      </pre>
      {idle && output.length > 0 && (
        <div className="console__tools" data-testid="console-tools">
          {lines === null ? (
            <span>{text.noTimes}</span>
          ) : (
            <>
              {replay.speed === null ? (
                SPEEDS.map((speed) => (
                  <button key={speed} type="button" onClick={() => replay.start(speed)}>
                    {text.replayAt(speed)}
                  </button>
                ))
              ) : (
                <>
                  <span>{text.replaying}</span>
                  <button type="button" onClick={replay.stop}>
                    {text.stopReplay}
                  </button>
                </>
              )}
              <label>
                <input
                  type="checkbox"
                  checked={showTimes}
                  onChange={(event) => setShowTimes(event.target.checked)}
                />
                {text.times}
              </label>
            </>
          )}
        </div>
      )}
      <p className="console__summary" data-testid="run-summary" aria-live="polite">
        {mine && runStatus === "running" && (mode === "check" ? text.checking : text.running)}
        {mine && runStatus === "stopping" && text.stopping}
        {idle && outcome && formatOutcome(outcome, text)}
      </p>
    </section>
  );
}

function TimedRow({
  line,
  showTime,
  format,
}: {
  line: TimedLine;
  showTime: boolean;
  format: (seconds: number) => string;
}) {
  return (
    <span className={`console__${line.stream}`} data-t={line.t}>
      {showTime && <span className="console__time">[{format(line.t)}] </span>}
      {line.text}
      {"\n"}
    </span>
  );
}

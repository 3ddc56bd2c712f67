/**
 * The console: a run's stdout and stderr as they are produced, and a footer saying how it ended.
 * `data-state` (idle / running / stopping), `data-run-id` and `data-outcome` expose the run's state
 * to tests and styles.
 */
import { useEffect, useRef } from "react";
import { useAppStore } from "../../store/app-store";
import { formatOutcome } from "./format-outcome";

export function ConsolePanel() {
  const output = useAppStore((s) => s.output);
  const runStatus = useAppStore((s) => s.runStatus);
  const runId = useAppStore((s) => s.runId);
  const outcome = useAppStore((s) => s.outcome);
  const scroller = useRef<HTMLPreElement>(null);

  // Follow the output as it grows, like a terminal.
  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [output]);

  return (
    <section
      aria-label="Console"
      className="console"
      data-testid="console"
      data-state={runStatus}
      data-run-id={runId ?? 0}
      data-outcome={outcome?.kind ?? "none"}
    >
      <pre ref={scroller} className="console__output" data-testid="console-output" role="log">
        {output.map((chunk, index) => (
          <span key={index} className={`console__${chunk.stream}`}>
            {chunk.text}
          </span>
        ))}
      </pre>
      <p className="console__summary" data-testid="run-summary" aria-live="polite">
        {runStatus === "running" && "Running…"}
        {runStatus === "stopping" && "Stopping…"}
        {runStatus === "idle" && outcome && formatOutcome(outcome)}
      </p>
    </section>
  );
}

/**
 * The console: a run's stdout and stderr as they are produced (for a check, the main run's output
 * once it is judged), and a footer saying how it ended. `data-state` (idle / running / stopping),
 * `data-mode` (run / check), `data-run-id` and `data-outcome` expose the job's state to tests and
 * styles.
 */
import { useEffect, useRef } from "react";
import { useAppStore } from "../../store/app-store";
import { useUiText } from "../i18n/use-ui-text";
import { formatOutcome } from "./format-outcome";

export function ConsolePanel() {
  const output = useAppStore((s) => s.output);
  const runStatus = useAppStore((s) => s.runStatus);
  const runId = useAppStore((s) => s.runId);
  const outcome = useAppStore((s) => s.outcome);
  const mode = useAppStore((s) => s.runMode);
  const text = useUiText().console;
  const scroller = useRef<HTMLPreElement>(null);

  // Follow the output as it grows, like a terminal.
  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [output]);

  return (
    <section
      aria-label={text.label}
      className="console"
      data-testid="console"
      data-state={runStatus}
      data-mode={mode}
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
        {runStatus === "running" && (mode === "check" ? text.checking : text.running)}
        {runStatus === "stopping" && text.stopping}
        {runStatus === "idle" && outcome && formatOutcome(outcome, text)}
      </p>
    </section>
  );
}

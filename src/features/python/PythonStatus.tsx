/** Whether Python is starting, ready or broken; and, where threads cannot run, which browsers can. */
import type { InitStage } from "../../protocol/messages";
import { useAppStore } from "../../store/app-store";

const STAGE_TEXT: Record<InitStage, string> = {
  "loading-pyodide": "loading Pyodide",
  "starting-engine": "starting the simulator",
};

export function PythonStatus() {
  const status = useAppStore((s) => s.pythonStatus);
  const stage = useAppStore((s) => s.pythonStage);
  const version = useAppStore((s) => s.pythonVersion);
  const error = useAppStore((s) => s.pythonError);
  let text: string;
  switch (status) {
    case "starting":
      text = `Starting Python${stage ? ` (${STAGE_TEXT[stage]})` : ""}…`;
      break;
    case "ready":
      text = `Python ${version ?? ""} ready`;
      break;
    case "failed":
      text = error ?? "Python failed to start.";
      break;
  }
  return (
    <p
      role="status"
      className={`python-status python-status--${status}`}
      data-testid="python-status"
      data-state={status}
    >
      {text}
    </p>
  );
}

/** Shown where the browser lacks JSPI: asyncio still runs, threads and processes do not. */
export function StackSwitchingNotice() {
  const stackSwitching = useAppStore((s) => s.stackSwitching);
  if (stackSwitching !== false) return null;
  return (
    <p role="note" className="notice">
      This browser cannot run Python threads or processes (they need Chrome 137+, Firefox 153+ or
      Safari 27+). asyncio programs run fine.
    </p>
  );
}

/** Run, Stop and Reset for the open exercise. Run waits for Python to be ready. */
import { useAppStore } from "../../store/app-store";

export interface RunToolbarProps {
  onRun: () => void;
  onStop: () => void;
  onReset: () => void;
}

export function RunToolbar({ onRun, onStop, onReset }: RunToolbarProps) {
  const runStatus = useAppStore((s) => s.runStatus);
  const pythonReady = useAppStore((s) => s.pythonStatus === "ready");
  const idle = runStatus === "idle";
  return (
    <div role="toolbar" aria-label="Program" className="run-toolbar">
      <button
        type="button"
        className="button button--primary"
        onClick={onRun}
        disabled={!pythonReady || !idle}
        title="Run (Ctrl+Enter)"
      >
        Run
      </button>
      <button type="button" className="button" onClick={onStop} disabled={runStatus !== "running"}>
        Stop
      </button>
      <button type="button" className="button button--quiet" onClick={onReset} disabled={!idle}>
        Reset code
      </button>
    </div>
  );
}

/** Run, Check, Stop and Reset for the open exercise. Run and Check wait for Python to be ready. */
import { useAppStore } from "../../store/app-store";
import { useUiText } from "../i18n/use-ui-text";

export interface RunToolbarProps {
  onRun: () => void;
  onCheck: () => void;
  onStop: () => void;
  onReset: () => void;
}

export function RunToolbar({ onRun, onCheck, onStop, onReset }: RunToolbarProps) {
  const runStatus = useAppStore((s) => s.runStatus);
  const pythonReady = useAppStore((s) => s.pythonStatus === "ready");
  const text = useUiText().toolbar;
  const idle = runStatus === "idle";
  return (
    <div role="toolbar" aria-label={text.label} className="run-toolbar">
      <button
        type="button"
        className="button button--primary"
        onClick={onRun}
        disabled={!pythonReady || !idle}
        title={text.runTitle}
      >
        {text.run}
      </button>
      <button
        type="button"
        className="button button--check"
        onClick={onCheck}
        disabled={!pythonReady || !idle}
        title={text.checkTitle}
      >
        {text.check}
      </button>
      <button type="button" className="button" onClick={onStop} disabled={runStatus !== "running"}>
        {text.stop}
      </button>
      <button type="button" className="button button--quiet" onClick={onReset} disabled={!idle}>
        {text.reset}
      </button>
    </div>
  );
}

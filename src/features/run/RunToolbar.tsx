/**
 * Run, Check, Stop and Reset for the open exercise, and the keys that do the same from the
 * editor. Run and Check wait for Python to be ready. The Run button can be focused from outside
 * (Esc in the editor lands here) through `runButton`.
 */
import type { Ref } from "react";
import type { Exercise } from "../../exercises";
import { useAppStore } from "../../store/app-store";
import { MOD_KEY, MOD_KEY_ARIA } from "../editor/mod-key";
import { useUiText } from "../i18n/use-ui-text";
import { ResetControl } from "./ResetControl";

export interface RunToolbarProps {
  exercise: Exercise;
  onRun: () => void;
  onCheck: () => void;
  onStop: () => void;
  runButton?: Ref<HTMLButtonElement>;
}

export function RunToolbar({ exercise, onRun, onCheck, onStop, runButton }: RunToolbarProps) {
  const runStatus = useAppStore((s) => s.runStatus);
  const pythonReady = useAppStore((s) => s.pythonStatus === "ready");
  const text = useUiText().toolbar;
  const idle = runStatus === "idle";
  return (
    <div role="toolbar" aria-label={text.label} className="run-toolbar">
      <button
        ref={runButton}
        type="button"
        className="button button--primary"
        onClick={onRun}
        disabled={!pythonReady || !idle}
        title={text.runTitle(MOD_KEY)}
        aria-keyshortcuts={`${MOD_KEY_ARIA}+Enter`}
      >
        {text.run}
      </button>
      <button
        type="button"
        className="button button--check"
        onClick={onCheck}
        disabled={!pythonReady || !idle}
        title={text.checkTitle(MOD_KEY)}
        aria-keyshortcuts={`${MOD_KEY_ARIA}+Shift+Enter`}
      >
        {text.check}
      </button>
      <button type="button" className="button" onClick={onStop} disabled={runStatus !== "running"}>
        {text.stop}
      </button>
      <ResetControl exercise={exercise} disabled={!idle} />
    </div>
  );
}

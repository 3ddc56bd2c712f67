/** Whether Python is starting, ready or broken; and, where threads cannot run, which browsers can. */
import { useAppStore } from "../../store/app-store";
import { useUiText } from "../i18n/use-ui-text";

export function PythonStatus() {
  const status = useAppStore((s) => s.pythonStatus);
  const stage = useAppStore((s) => s.pythonStage);
  const version = useAppStore((s) => s.pythonVersion);
  const error = useAppStore((s) => s.pythonError);
  const strings = useUiText().python;
  let text: string;
  switch (status) {
    case "starting":
      text = stage ? strings.startingStage(strings.stages[stage]) : strings.starting;
      break;
    case "ready":
      text = strings.ready(version ?? "");
      break;
    case "failed":
      text = error ?? strings.failed;
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
  const text = useUiText().python;
  if (stackSwitching !== false) return null;
  return (
    <p role="note" className="notice">
      {text.noStackSwitching}
    </p>
  );
}

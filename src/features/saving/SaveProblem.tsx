/**
 * The learner is told at once when their work stops being saved (storage full, refused or
 * missing), with the way out: export the work to a file, or try saving again after freeing space.
 */
import { persistence, useAppStore } from "../../store/app-store";
import { useUiText } from "../i18n/use-ui-text";
import { exportWork } from "./work-backup";

export function SaveProblem() {
  const problem = useAppStore((s) => s.saveProblem);
  const text = useUiText().saving;
  if (problem === null) return null;
  return (
    <div role="alert" className="save-problem" data-testid="save-problem" data-problem={problem}>
      <p>{text[problem]}</p>
      <button type="button" onClick={exportWork} title={text.exportTitle}>
        {text.export}
      </button>
      {problem !== "unavailable" && (
        <button type="button" onClick={() => persistence.flush()}>
          {text.retry}
        </button>
      )}
    </div>
  );
}

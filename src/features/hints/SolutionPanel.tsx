/**
 * The reference solution: locked until the learner has checked their code at least once, then
 * revealed only after they confirm. Shown read-only beside their own code (never replacing it),
 * with the exercise's explanation. That it was revealed is persisted.
 */
import { useState } from "react";
import type { Exercise } from "../../exercises/format";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { progressOf } from "../../store/slices/progress";
import { Markdown } from "../exercise/Markdown";
import { useUiText } from "../i18n/use-ui-text";
import { ConfirmDialog } from "./ConfirmDialog";
import "./hints.css";

export function SolutionPanel({ exercise }: { exercise: Exercise }) {
  const text = useUiText().solution;
  const lang = useAppStore((s) => s.lang);
  const checked = useAppStore((s) => progressOf(s.progress, exercise.id).checks > 0);
  const revealed = useAppStore((s) => progressOf(s.progress, exercise.id).solutionRevealed);
  const revealSolution = useAppStore((s) => s.revealSolution);
  const [asking, setAsking] = useState(false);
  return (
    <section
      className="solution"
      aria-labelledby="solution-title"
      data-testid="solution"
      data-state={revealed ? "revealed" : checked ? "available" : "locked"}
    >
      <h2 id="solution-title">{text.label}</h2>
      {revealed ? (
        <>
          <h3>{text.code}</h3>
          <pre className="solution__code" aria-label={text.code} tabIndex={0}>
            <code>{localize(exercise.solution, lang)}</code>
          </pre>
          {exercise.explanation !== undefined && (
            <>
              <h3>{text.explanation}</h3>
              <Markdown className="prose" text={localize(exercise.explanation, lang)} />
            </>
          )}
        </>
      ) : (
        <>
          {!checked && <p className="solution__locked">{text.locked}</p>}
          <button
            type="button"
            className="button"
            disabled={!checked}
            onClick={() => setAsking(true)}
          >
            {text.show}
          </button>
        </>
      )}
      <ConfirmDialog
        open={asking && !revealed}
        title={text.confirmTitle}
        body={text.confirmBody}
        confirmLabel={text.confirm}
        cancelLabel={text.cancel}
        onConfirm={() => {
          revealSolution(exercise.id);
          setAsking(false);
        }}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}

/**
 * The result of the last Check of this exercise: overall pass/fail, then every check with
 * expected vs actual, diffs, details, nested schedule checks and the targeted hints where they
 * belong. A checker failure shows as an error banner; a check that could not run or was stopped
 * says so. `data-state` (checking / passed / failed / error / stopped) exposes it to tests.
 *
 * The latest result stays in view: once a run follows the check, the verdict folds to one line
 * ("Previous check: ...", `data-previous`), so the run's console sits right under the controls.
 */
import { useMemo } from "react";
import type { Verdict } from "../../checker";
import { useAppStore } from "../../store/app-store";
import type { UiText } from "../i18n/ui-text";
import { useUiText } from "../i18n/use-ui-text";
import { CheckItem } from "./CheckItem";
import { viewVerdict } from "./verdict-view";
import "./verdict.css";

function VerdictBody({
  verdict,
  text,
  lang,
}: {
  verdict: Verdict;
  text: UiText["verdict"];
  lang: string;
}) {
  const view = useMemo(() => viewVerdict(verdict), [verdict]);
  return (
    <>
      <p
        className={`verdict__summary verdict__summary--${verdict.passed ? "passed" : "failed"}`}
        data-testid="verdict-summary"
      >
        {verdict.passed ? text.passed : text.failed(view.passed, view.total)}
      </p>
      {verdict.failure && (
        <div role="alert" className="verdict__failure">
          <strong>{text.checkerFailed}</strong>
          <pre>{verdict.failure}</pre>
        </div>
      )}
      {verdict.lang !== lang && <p className="notice">{text.otherLanguage}</p>}
      {view.checks.length > 0 && (
        <ul className="verdict__checks">
          {view.checks.map((check) => (
            <CheckItem key={check.key} view={check} text={text} exerciseId={verdict.exerciseId} />
          ))}
        </ul>
      )}
    </>
  );
}

export function VerdictPanel({ exerciseId }: { exerciseId: string }) {
  const text = useUiText().verdict;
  const lang = useAppStore((s) => s.lang);
  const verdict = useAppStore((s) => (s.verdict?.exerciseId === exerciseId ? s.verdict : null));
  // The state of the last check of this exercise, if the last job was one.
  const job = useAppStore((s) =>
    s.runMode !== "check" || s.runExerciseId !== exerciseId
      ? null
      : s.runStatus !== "idle"
        ? "checking"
        : s.outcome?.kind === "failed"
          ? "error"
          : s.outcome?.kind === "stopped"
            ? "stopped"
            : null,
  );
  const failure = useAppStore((s) =>
    s.runExerciseId === exerciseId && s.outcome?.kind === "failed" ? s.outcome.message : null,
  );
  const previous = useAppStore((s) => s.runMode === "run" && s.runExerciseId === exerciseId);
  const state = job ?? (verdict ? (verdict.passed ? "passed" : "failed") : null);
  if (state === null) return null;
  if (previous && verdict) {
    return (
      <details
        className="verdict verdict--previous"
        data-testid="verdict"
        data-state={state}
        data-previous="true"
      >
        <summary>{text.previous(verdict.passed ? text.passed : text.failedShort)}</summary>
        <section aria-label={text.label}>
          <VerdictBody verdict={verdict} text={text} lang={lang} />
        </section>
      </details>
    );
  }
  return (
    <section className="verdict" aria-label={text.label} data-testid="verdict" data-state={state}>
      {state === "checking" && <p className="verdict__summary">{text.checking}</p>}
      {state === "error" && (
        <p role="alert" className="verdict__failure">
          {text.failedToRun(failure ?? "")}
        </p>
      )}
      {state === "stopped" && <p className="verdict__summary">{text.stopped}</p>}
      {verdict && (state === "passed" || state === "failed") && (
        <VerdictBody verdict={verdict} text={text} lang={lang} />
      )}
    </section>
  );
}

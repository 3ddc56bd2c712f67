/**
 * One check of a verdict: passed or failed, its title and the line it points at; for a failure,
 * expected vs actual (or the output diff), details, its targeted hint and nested checks.
 */
import type { CheckResult } from "../../checker";
import { Markdown } from "../exercise/Markdown";
import type { UiText } from "../i18n/ui-text";
import { ReplayControl } from "../replay/ReplayControl";
import { DiffView } from "./DiffView";
import type { CheckView, HintPlacement } from "./verdict-view";
import { InlineCode } from "../exercise/InlineCode";

function ExpectedActual({ result, text }: { result: CheckResult; text: UiText["verdict"] }) {
  if (result.diff && result.diff.length > 0) return <DiffView diff={result.diff} text={text} />;
  // Code checks phrase the expectation as their title: saying it twice helps nobody.
  if (result.expected === result.title)
    return (
      <p className="check__actual">
        <InlineCode text={result.actual} />
      </p>
    );
  const multiline = result.expected.includes("\n") || result.actual.includes("\n");
  return (
    <dl className={`check__compare${multiline ? " check__compare--block" : ""}`}>
      <dt>{text.expected}</dt>
      <dd>{multiline ? <pre>{result.expected}</pre> : result.expected}</dd>
      <dt>{text.actual}</dt>
      <dd>{multiline ? <pre>{result.actual}</pre> : result.actual}</dd>
    </dl>
  );
}

function HintBox({ placement, text }: { placement: HintPlacement; text: UiText["verdict"] }) {
  if (!placement) return null;
  if (placement.kind === "same") {
    return (
      <p className="check__hint check__hint--ref">
        <InlineCode text={text.sameHint(placement.firstTitle)} />
      </p>
    );
  }
  return (
    <aside className="check__hint" aria-label={text.hint} data-hint-id={placement.hint.id}>
      <strong>{text.hint}</strong>
      <Markdown className="prose" text={placement.hint.text} />
    </aside>
  );
}

export function CheckItem({
  view,
  text,
  exerciseId,
}: {
  view: CheckView;
  text: UiText["verdict"];
  exerciseId: string;
}) {
  const { result } = view;
  const status = result.passed ? text.checkPassed : text.checkFailed;
  return (
    <li
      className={`check check--${result.passed ? "passed" : "failed"}`}
      data-testid="check"
      data-check-id={result.id}
      data-passed={String(result.passed)}
    >
      <div className="check__head">
        <span className="check__icon" role="img" aria-label={status}>
          {result.passed ? "✓" : "✗"}
        </span>
        <span className="check__title">
          <InlineCode text={result.title} />
        </span>
        {!result.passed && typeof result.line === "number" && (
          <span className="check__line">{text.line(result.line)}</span>
        )}
      </div>
      {!result.passed && (
        <div className="check__body">
          <ExpectedActual result={result} text={text} />
          {result.details && result.details.length > 0 && (
            <ul className="check__details">
              {result.details.map((detail, i) => (
                <li key={i}>
                  <InlineCode text={detail} />
                </li>
              ))}
            </ul>
          )}
          {result.replay && (
            <ReplayControl exerciseId={exerciseId} checkId={result.id} replay={result.replay} />
          )}
          <HintBox placement={view.hint} text={text} />
          {view.children.length > 0 && (
            <ul className="check__children">
              {view.children.map((child) => (
                <CheckItem key={child.key} view={child} text={text} exerciseId={exerciseId} />
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

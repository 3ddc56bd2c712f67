/** The authoring page's test results: per attempt, what it should do, what the checker said. */
import type { Verdict } from "../../checker/types";
import type { AUTHORING_TEXT } from "./authoring-text";

export interface AttemptResult {
  name: string;
  expected: "pass" | "fail" | null;
  verdict: Verdict | null;
  /** Why it did not meet its expectations (empty: it did), or why there is no verdict. */
  problems: string[];
}

export function AttemptResults({
  results,
  text,
}: {
  results: readonly AttemptResult[];
  text: (typeof AUTHORING_TEXT)["en"];
}) {
  if (results.length === 0) return null;
  // Words wrap whole; a table wider than a phone scrolls sideways in its own focusable region.
  return (
    <div className="author-results__scroll" role="region" aria-label={text.results} tabIndex={0}>
      <table className="author-results" data-testid="author-results">
        <thead>
          <tr>
            <th>{text.attempt}</th>
            <th>{text.expected}</th>
            <th>{text.got}</th>
            <th>{text.failing}</th>
            <th>{text.hints}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => {
            const ok = result.problems.length === 0;
            const failing = result.verdict?.checks.filter((c) => !c.passed).map((c) => c.id) ?? [];
            return (
              <tr
                key={result.name}
                data-attempt={result.name}
                data-ok={ok}
                className={ok ? "author-results__ok" : "author-results__bad"}
              >
                <td>
                  <code>{result.name}</code>
                </td>
                <td>{result.expected === null ? "?" : text[result.expected]}</td>
                <td>
                  {result.verdict ? text[result.verdict.passed ? "pass" : "fail"] : "—"}{" "}
                  {ok ? `(${text.ok})` : <span role="alert">{result.problems.join("; ")}</span>}
                </td>
                <td>{failing.join(", ")}</td>
                <td>{result.verdict?.hints.map((h) => h.id).join(", ")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** An output diff, expected vs actual, one line each: "-" expected only, "+" actual only. */
import type { DiffLine } from "../../checker";
import type { UiText } from "../i18n/ui-text";

const SIGN: Record<DiffLine["op"], string> = { same: " ", removed: "−", added: "+" };

export function DiffView({ diff, text }: { diff: DiffLine[]; text: UiText["verdict"] }) {
  return (
    <figure className="diff">
      <figcaption>{text.diff}</figcaption>
      <pre className="diff__lines">
        {diff.map((line, i) => (
          <span
            key={i}
            className={`diff__line diff__line--${line.op}`}
            title={text.diffOps[line.op]}
            data-op={line.op}
          >
            <span className="diff__sign" aria-label={text.diffOps[line.op]}>
              {SIGN[line.op]}
            </span>
            {line.text}
            {"\n"}
          </span>
        ))}
      </pre>
    </figure>
  );
}

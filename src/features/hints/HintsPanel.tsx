/**
 * The exercise's general hints, revealed one at a time ("Show a hint (2 left)"). How many are
 * shown is kept per exercise in the store and persisted, so a reload does not hide them again.
 */
import type { Exercise } from "../../exercises/format";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { progressOf } from "../../store/slices/progress";
import { Markdown } from "../exercise/Markdown";
import { useUiText } from "../i18n/use-ui-text";
import "./hints.css";

export function HintsPanel({ exercise }: { exercise: Exercise }) {
  const text = useUiText().hints;
  const lang = useAppStore((s) => s.lang);
  const shownCount = useAppStore((s) => progressOf(s.progress, exercise.id).hintsShown);
  const revealHint = useAppStore((s) => s.revealHint);
  const hints = exercise.hints ?? [];
  if (hints.length === 0) return null;
  const shown = hints.slice(0, shownCount);
  const left = hints.length - shown.length;
  return (
    <section
      className="hints"
      aria-labelledby="hints-title"
      data-testid="hints"
      data-shown={shown.length}
    >
      <h2 id="hints-title">{text.label}</h2>
      {shown.length > 0 && (
        <ol className="hints__list">
          {shown.map((hint, i) => (
            <li key={i} aria-label={text.number(i + 1)}>
              <Markdown className="prose" text={localize(hint, lang)} />
            </li>
          ))}
        </ol>
      )}
      {left > 0 ? (
        <button
          type="button"
          className="button"
          onClick={() => revealHint(exercise.id, hints.length)}
        >
          {text.show(left)}
        </button>
      ) : (
        <p className="hints__none">{text.none}</p>
      )}
    </section>
  );
}

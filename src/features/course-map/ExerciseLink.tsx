/**
 * One exercise on the course map: its title, then its state (as text and a mark, so it does not
 * rest on colour alone), estimated time and difficulty. `data-state` exposes the state to tests.
 */
import type { Exercise } from "../../exercises/format";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { exerciseHash } from "../../store/route";
import { useUiText } from "../i18n/use-ui-text";
import type { ExerciseState } from "./course-progress";
import { InlineCode } from "../exercise/InlineCode";

const MARKS: Record<ExerciseState, string> = { new: "○", attempted: "◐", solved: "✓" };

export function ExerciseLink({
  exercise,
  state,
  current = false,
}: {
  exercise: Exercise;
  state: ExerciseState;
  /** It is the exercise open now (the pack's list, beside the exercise page on a wide screen). */
  current?: boolean;
}) {
  const lang = useAppStore((s) => s.lang);
  const text = useUiText();
  return (
    <a
      className="exercise-link"
      href={exerciseHash(exercise.id)}
      data-exercise-id={exercise.id}
      aria-current={current ? "page" : undefined}
      data-state={state}
      data-solved={state === "solved" || undefined}
    >
      <span className={`exercise-link__mark exercise-link__mark--${state}`} aria-hidden="true">
        {MARKS[state]}
      </span>
      <span className="exercise-link__title">
        <InlineCode text={localize(exercise.title, lang)} />
      </span>
      <span className="exercise-link__meta">
        <span className={`exercise-link__state exercise-link__state--${state}`}>
          {text.course.states[state]}
        </span>
        {exercise.minutes !== undefined && (
          <span className="exercise-link__minutes" title={text.app.minutesLong(exercise.minutes)}>
            {text.app.minutes(exercise.minutes)}
          </span>
        )}
        <span className={`difficulty difficulty--${exercise.difficulty}`}>
          {text.app.difficulty[exercise.difficulty]}
        </span>
      </span>
    </a>
  );
}

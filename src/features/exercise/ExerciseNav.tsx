/**
 * Above an exercise: the way back to the course map, where the exercise sits in the course
 * (module, position), and links to the previous and next exercise in course order.
 */
import { useMemo } from "react";
import type { Exercise } from "../../exercises/format";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { exerciseHash } from "../../store/route";
import { neighbours } from "../course-map/course-progress";
import { groupByModule } from "../course-map/group-by-module";
import { useUiText } from "../i18n/use-ui-text";
import { plainInlineCode } from "./inline-code";

export function ExerciseNav({ exercise }: { exercise: Exercise }) {
  const exercises = useAppStore((s) => s.exercises);
  const modules = useAppStore((s) => s.modules);
  const lang = useAppStore((s) => s.lang);
  const text = useUiText().nav;
  const groups = useMemo(() => groupByModule(exercises, modules), [exercises, modules]);
  const group = groups.find((g) => g.module === exercise.module);
  const around = neighbours(groups, exercise.id);
  const inModule = group ? group.exercises.findIndex((e) => e.id === exercise.id) + 1 : 0;
  return (
    <nav className="exercise-nav" aria-label={text.label}>
      <a className="exercise-nav__back" href="#/">
        <span aria-hidden="true">← </span>
        {text.back}
      </a>
      {group && (
        <span className="exercise-nav__position">
          {text.position(localize(group.title, lang), inModule, group.exercises.length)}
        </span>
      )}
      <span className="exercise-nav__steps">
        {around.previous && (
          <a
            href={exerciseHash(around.previous.id)}
            rel="prev"
            aria-label={`${text.previous}: ${plainInlineCode(localize(around.previous.title, lang))}`}
          >
            <span aria-hidden="true">‹ </span>
            {text.previous}
          </a>
        )}
        {around.next && (
          <a
            href={exerciseHash(around.next.id)}
            rel="next"
            aria-label={`${text.next}: ${plainInlineCode(localize(around.next.title, lang))}`}
          >
            {text.next}
            <span aria-hidden="true"> ›</span>
          </a>
        )}
      </span>
    </nav>
  );
}

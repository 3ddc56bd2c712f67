/**
 * The course map: every exercise, grouped by module (topic), each a link that opens it. An
 * exercise checked successfully at least once is marked solved (✓); one only tried, with a dot.
 * Each entry shows its difficulty and, when the exercise gives one, its estimated time. Module
 * titles and order come from the pack's course file (exercises/course.json).
 */
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { exerciseHash } from "../../store/route";
import { useUiText } from "../i18n/use-ui-text";
import { groupByModule } from "./group-by-module";
import { LoadErrors } from "./LoadErrors";

export function CourseMap() {
  const exercises = useAppStore((s) => s.exercises);
  const modules = useAppStore((s) => s.modules);
  const openId = useAppStore((s) => s.openId);
  const lang = useAppStore((s) => s.lang);
  const triedIds = useAppStore(useShallow((s) => Object.keys(s.progress)));
  const solvedIds = useAppStore(
    useShallow((s) =>
      Object.entries(s.progress)
        .filter(([, p]) => p.solved)
        .map(([id]) => id),
    ),
  );
  const text = useUiText().app;
  const groups = useMemo(() => groupByModule(exercises, modules), [exercises, modules]);

  return (
    <nav aria-label={text.courseMap} className="course-map" data-testid="course-map">
      <LoadErrors />
      {groups.map((group) => (
        <section key={group.module} aria-labelledby={`module-${group.module}`}>
          <h2 id={`module-${group.module}`}>{localize(group.title, lang)}</h2>
          <ul>
            {group.exercises.map((exercise) => {
              const solved = solvedIds.includes(exercise.id);
              const tried = !solved && triedIds.includes(exercise.id);
              return (
                <li key={exercise.id}>
                  <a
                    href={exerciseHash(exercise.id)}
                    aria-current={exercise.id === openId ? "page" : undefined}
                    data-exercise-id={exercise.id}
                    data-tried={tried || undefined}
                    data-solved={solved || undefined}
                  >
                    <span className="course-map__title">{localize(exercise.title, lang)}</span>
                    {solved && (
                      <span className="course-map__solved" role="img" aria-label={text.solved}>
                        ✓
                      </span>
                    )}
                    {exercise.minutes !== undefined && (
                      <span
                        className="course-map__minutes"
                        title={text.minutesLong(exercise.minutes)}
                        aria-label={text.minutesLong(exercise.minutes)}
                      >
                        {text.minutes(exercise.minutes)}
                      </span>
                    )}
                    <span className={`difficulty difficulty--${exercise.difficulty}`}>
                      {text.difficulty[exercise.difficulty]}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {groups.length === 0 && <p>{text.noExercises}</p>}
    </nav>
  );
}

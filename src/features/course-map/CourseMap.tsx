/** The course map: every exercise, grouped by module (topic), each a link that opens it. */
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { localize } from "../../exercises";
import { useAppStore } from "../../store/app-store";
import { exerciseHash } from "../../store/route";
import { groupByModule } from "./group-by-module";
import { LoadErrors } from "./LoadErrors";

export function CourseMap() {
  const exercises = useAppStore((s) => s.exercises);
  const openId = useAppStore((s) => s.openId);
  const lang = useAppStore((s) => s.lang);
  const triedIds = useAppStore(useShallow((s) => Object.keys(s.progress)));
  const groups = useMemo(() => groupByModule(exercises), [exercises]);

  return (
    <nav aria-label="Course map" className="course-map" data-testid="course-map">
      <LoadErrors />
      {groups.map((group) => (
        <section key={group.module} aria-labelledby={`module-${group.module}`}>
          <h2 id={`module-${group.module}`}>{group.title}</h2>
          <ul>
            {group.exercises.map((exercise) => (
              <li key={exercise.id}>
                <a
                  href={exerciseHash(exercise.id)}
                  aria-current={exercise.id === openId ? "page" : undefined}
                  data-tried={triedIds.includes(exercise.id) || undefined}
                >
                  <span className="course-map__title">{localize(exercise.title, lang)}</span>
                  <span className={`difficulty difficulty--${exercise.difficulty}`}>
                    {exercise.difficulty}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 && <p>No exercises found.</p>}
    </nav>
  );
}

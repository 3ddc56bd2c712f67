/**
 * The instructor's pack on the course map page, under the built-in course: its name, its exercises
 * by module (each a link with its state, estimated time and difficulty, as the course's), the
 * files that failed to load with their mistakes by field, and buttons to open another pack or
 * remove this one.
 */
import { useMemo } from "react";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { groupByModule } from "../course-map/group-by-module";
import { LoadErrorList } from "../course-map/LoadErrors";
import { OpenPackButton } from "./OpenPackButton";
import { removePack } from "./open-pack";
import { sourceLabel } from "./custom-pack";
import { PACKS_TEXT } from "./packs-text";
import "./packs.css";
import { exerciseState } from "../course-map/course-progress";
import { ExerciseLink } from "../course-map/ExerciseLink";

export function PackSection() {
  const pack = useAppStore((s) => s.customPack);
  const loading = useAppStore((s) => s.customPackLoading);
  const openId = useAppStore((s) => s.openId);
  const lang = useAppStore((s) => s.lang);
  const progress = useAppStore((s) => s.progress);
  const edited = useAppStore((s) => s.codeEdited);
  const text = PACKS_TEXT[lang];
  const groups = useMemo(() => (pack ? groupByModule(pack.exercises, pack.modules) : []), [pack]);
  return (
    <section className="pack-section" aria-labelledby="pack-heading" data-testid="custom-pack">
      {(pack || loading) && (
        <h2 id="pack-heading" className="pack-section__heading">
          {text.heading}
        </h2>
      )}
      {loading !== null && (
        <p role="status" className="pack-section__loading">
          {text.loading(sourceLabel(loading))}
        </p>
      )}
      {pack && (
        <>
          <p className="pack-section__label">
            <span data-testid="custom-pack-label">{pack.label}</span>{" "}
            <span className="pack-section__count">{text.exercises(pack.exercises.length)}</span>
          </p>
          <LoadErrorList errors={pack.errors} heading={text.errors} testId="custom-pack-errors" />
          {groups.map((group) => (
            <div key={group.module} className="pack-section__module">
              <h3>{localize(group.title, lang)}</h3>
              <ul>
                {group.exercises.map((exercise) => (
                  <li key={exercise.id}>
                    <ExerciseLink
                      exercise={exercise}
                      state={exerciseState(exercise.id, progress, edited)}
                      current={exercise.id === openId}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      <div className="pack-section__actions">
        <OpenPackButton label={text.open} title={text.openTitle} />
        {pack && (
          <button type="button" title={text.removeTitle} onClick={removePack}>
            {text.remove}
          </button>
        )}
      </div>
    </section>
  );
}

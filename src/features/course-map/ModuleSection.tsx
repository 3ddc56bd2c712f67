/**
 * One module of the course map: its heading (a button that folds the list, the WAI-ARIA
 * disclosure pattern, so the heading stays a heading for screen readers), its progress as text
 * and as a bar, and its exercises.
 */
import { useId, useState } from "react";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { useUiText } from "../i18n/use-ui-text";
import type { ExerciseState, ModuleProgress } from "./course-progress";
import { ExerciseLink } from "./ExerciseLink";
import type { ModuleGroup } from "./group-by-module";

export function ModuleSection({
  group,
  counts,
  states,
  initiallyOpen,
}: {
  group: ModuleGroup;
  counts: ModuleProgress;
  /** Each exercise's state, in the group's order. */
  states: readonly ExerciseState[];
  initiallyOpen: boolean;
}) {
  const lang = useAppStore((s) => s.lang);
  const text = useUiText().course;
  const [open, setOpen] = useState(initiallyOpen);
  const listId = useId();
  const title = localize(group.title, lang);
  const summary = text.moduleProgress(counts.solved, counts.total);
  return (
    <section className="course-module" data-module={group.module} data-open={open}>
      <div className="course-module__header">
        <h2>
          <button
            type="button"
            className="course-module__toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {title}
          </button>
        </h2>
        <span className="course-module__count">{summary}</span>
        <progress max={counts.total} value={counts.solved} aria-label={`${title}: ${summary}`} />
      </div>
      <ul id={listId} hidden={!open}>
        {group.exercises.map((exercise, i) => (
          <li key={exercise.id}>
            <ExerciseLink exercise={exercise} state={states[i] ?? "new"} />
          </li>
        ))}
      </ul>
    </section>
  );
}

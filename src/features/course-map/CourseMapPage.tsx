/**
 * The course map, a page of its own ("#/"): a "continue" link to where the learner left off, then
 * every module with its progress and its exercises, each with its state (not started, attempted,
 * solved), difficulty and estimated time. Modules fold (./ModuleSection.tsx), so on a phone the
 * map is a short list of module headers; all start open on a wide screen, only the module to
 * continue in on a narrow one. Titles and order come from the pack's course file (exercises/course.json).
 */
import { useMemo, type ReactNode } from "react";
import type { Exercise } from "../../exercises/format";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { exerciseHash } from "../../store/route";
import { useUiText } from "../i18n/use-ui-text";
import { continueTarget, exerciseState, moduleProgress } from "./course-progress";
import { groupByModule } from "./group-by-module";
import { LoadErrors } from "./LoadErrors";
import { ModuleSection } from "./ModuleSection";
import "./course-map.css";
import { InlineCode } from "../exercise/InlineCode";

/** Narrow screens start with the modules folded (the phone layout's breakpoint). */
const wide = () => window.matchMedia("(min-width: 52rem)").matches;

/** `children` follow the built-in course (an instructor's pack, from the app shell). */
export function CourseMapPage({ children }: { children?: ReactNode }) {
  const exercises = useAppStore((s) => s.exercises);
  const modules = useAppStore((s) => s.modules);
  const openId = useAppStore((s) => s.openId);
  const progress = useAppStore((s) => s.progress);
  const edited = useAppStore((s) => s.codeEdited);
  const text = useUiText();
  const groups = useMemo(() => groupByModule(exercises, modules), [exercises, modules]);
  const target = useMemo(
    () => continueTarget(groups, progress, edited),
    [groups, progress, edited],
  );
  // Decided once per visit, so folding a module by hand is not undone by the next render.
  const openAtStart = useMemo(() => wide(), []);
  const solved = exercises.filter((e) => progress[e.id]?.solved).length;

  return (
    <div className="course-page">
      {openId !== null && (
        <p role="alert" className="notice">
          {text.app.noSuchExercise(openId)}
        </p>
      )}
      <header className="course-page__header">
        <h1>{text.app.courseMap}</h1>
        <p className="course-page__intro">{text.app.welcomeBody}</p>
        <div className="course-page__continue">
          {target ? (
            <ContinueLink exercise={target.exercise} resume={target.resume} />
          ) : (
            exercises.length > 0 && <p>{text.course.allSolved}</p>
          )}
          {exercises.length > 0 && (
            <p className="course-page__overall" data-testid="course-overall">
              {text.course.overall(solved, exercises.length)}
            </p>
          )}
        </div>
      </header>
      <nav aria-label={text.app.courseMap} className="course-map" data-testid="course-map">
        <LoadErrors />
        {groups.map((group) => (
          <ModuleSection
            key={group.module}
            group={group}
            counts={moduleProgress(group, progress, edited)}
            states={group.exercises.map((e) => exerciseState(e.id, progress, edited))}
            initiallyOpen={openAtStart || group.exercises.some((e) => e.id === target?.exercise.id)}
          />
        ))}
        {groups.length === 0 && <p>{text.app.noExercises}</p>}
      </nav>
      {children}
    </div>
  );
}

function ContinueLink({ exercise, resume }: { exercise: Exercise; resume: boolean }) {
  const lang = useAppStore((s) => s.lang);
  const text = useUiText().course;
  return (
    <a
      className="button button--primary course-page__continue-link"
      href={exerciseHash(exercise.id)}
      data-testid="continue"
    >
      {resume ? text.continue : text.start}: <InlineCode text={localize(exercise.title, lang)} />
    </a>
  );
}

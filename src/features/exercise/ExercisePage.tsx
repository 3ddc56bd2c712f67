/**
 * One exercise: the way back and to its neighbours across the top; its task, hints and solution
 * on the left; editor, run controls, check results and console on the right; the timeline of the
 * last run or check across the bottom (on a phone all of it stacks in that order).
 * Commands that reach Python (run, check, stop) come in as props from the app shell.
 */
import { useEffect, useRef } from "react";
import type { Exercise } from "../../exercises/format";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { HintsPanel } from "../hints/HintsPanel";
import { SolutionPanel } from "../hints/SolutionPanel";
import { useUiText } from "../i18n/use-ui-text";
import { StackSwitchingNotice } from "../python/PythonStatus";
import { ConsolePanel } from "../run/ConsolePanel";
import { RunToolbar } from "../run/RunToolbar";
import { TimelinePanel } from "../timeline/TimelinePanel";
import { VerdictPanel } from "../verdict/VerdictPanel";
import { ExerciseEditor } from "./ExerciseEditor";
import { ExerciseNav } from "./ExerciseNav";
import { Markdown } from "./Markdown";
import { revealTop, VERDICT_PIXELS } from "./reveal";
import "./exercise.css";
import { InlineCode } from "./InlineCode";

export interface ExercisePageProps {
  exercise: Exercise;
  onRun: () => void;
  onCheck: () => void;
  onStop: () => void;
}

export function ExercisePage({ exercise, onRun, onCheck, onStop }: ExercisePageProps) {
  const lang = useAppStore((s) => s.lang);
  const solved = useAppStore((s) => s.progress[exercise.id]?.solved === true);
  const text = useUiText();
  const title = localize(exercise.title, lang);
  const toolbar = useRef<HTMLDivElement>(null);
  const work = useRef<HTMLDivElement>(null);
  // Esc in the editor: to the first control after it that can take focus.
  const leaveEditor = () => {
    const target = toolbar.current?.querySelector<HTMLElement>("button:not(:disabled)");
    (target ?? toolbar.current)?.focus();
  };
  return (
    <article
      className="exercise"
      data-testid="exercise"
      data-exercise-id={exercise.id}
      aria-labelledby="exercise-title"
    >
      <ExerciseNav exercise={exercise} />
      <div className="exercise__brief">
        <header className="exercise__header">
          <h1 id="exercise-title">
            <InlineCode text={title} />
          </h1>
          <span className={`difficulty difficulty--${exercise.difficulty}`}>
            {text.app.difficulty[exercise.difficulty] ?? exercise.difficulty}
          </span>
          {solved && (
            <span
              className="exercise__solved"
              role="img"
              aria-label={text.app.solved}
              data-testid="solved-badge"
            >
              ✓ {text.app.solved}
            </span>
          )}
        </header>
        <Markdown className="prose" text={localize(exercise.description, lang)} />
        <HintsPanel exercise={exercise} />
        <SolutionPanel exercise={exercise} />
      </div>
      <div ref={work} className="exercise__work">
        <StackSwitchingNotice />
        <ExerciseEditor
          exercise={exercise}
          label={text.toolbar.editorLabel(title)}
          onRun={onRun}
          onCheck={onCheck}
          onEscape={leaveEditor}
        />
        <div ref={toolbar} tabIndex={-1} className="exercise__controls">
          <RunToolbar exercise={exercise} onRun={onRun} onCheck={onCheck} onStop={onStop} />
        </div>
        <VerdictPanel exerciseId={exercise.id} />
        <ConsolePanel exerciseId={exercise.id} />
        <RevealLatestResult exerciseId={exercise.id} work={work} />
      </div>
      <div className="exercise__timeline">
        <TimelinePanel exerciseId={exercise.id} />
      </div>
    </article>
  );
}

/**
 * When a run or check of this exercise starts, and again when it ends, the page scrolls so its
 * result shows: a check's verdict (summary and first checks), a run's console (all of it, as far
 * as it fits; a previous check's verdict above it is folded to one line). Not on opening the page:
 * only jobs started while it is open. A component of its own that draws nothing: it watches the
 * job, so a Run re-renders it and not the whole page (task, editor, hints) before the first frame.
 */
function RevealLatestResult({
  exerciseId,
  work,
}: {
  exerciseId: string;
  work: React.RefObject<HTMLDivElement | null>;
}): null {
  const job = useAppStore((s) =>
    s.runExerciseId === exerciseId && s.runId !== null
      ? `${s.runMode}:${s.runId}:${s.runStatus === "idle" ? "done" : "busy"}`
      : null,
  );
  const seen = useRef(job);
  useEffect(() => {
    if (job === seen.current) return;
    seen.current = job;
    const check = job?.startsWith("check:") === true;
    const result = work.current?.querySelector(
      check ? '[data-testid="verdict"]' : '[data-testid="console"]',
    );
    if (result) revealTop(result, check ? VERDICT_PIXELS : Infinity);
  }, [job, work]);
  return null;
}

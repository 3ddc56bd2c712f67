/**
 * One exercise: its task, hints and solution on the left; editor, run controls, check results and
 * console on the right; the timeline of the last run or check across the bottom.
 * Commands that reach Python (run, check, stop) come in as props from the app shell.
 */
import { useMemo } from "react";
import type { Exercise } from "../../exercises/format";
import { localize } from "../../exercises/localize";
import { useAppStore } from "../../store/app-store";
import { codeOf } from "../../store/selectors";
import type { EditorMarker } from "../editor/markers";
import { LazyCodeEditor } from "../editor/LazyCodeEditor";
import { useReplayHighlights } from "../replay/use-replay-highlights";
import { HintsPanel } from "../hints/HintsPanel";
import { SolutionPanel } from "../hints/SolutionPanel";
import { useUiText } from "../i18n/use-ui-text";
import { StackSwitchingNotice } from "../python/PythonStatus";
import { ConsolePanel } from "../run/ConsolePanel";
import { RunToolbar } from "../run/RunToolbar";
import { TimelinePanel } from "../timeline/TimelinePanel";
import { markersOf } from "../verdict/verdict-view";
import { VerdictPanel } from "../verdict/VerdictPanel";
import { Markdown } from "./Markdown";

export interface ExercisePageProps {
  exercise: Exercise;
  onRun: () => void;
  onCheck: () => void;
  onStop: () => void;
}

export function ExercisePage({ exercise, onRun, onCheck, onStop }: ExercisePageProps) {
  const lang = useAppStore((s) => s.lang);
  const resetCode = useAppStore((s) => s.resetCode);
  const text = useUiText();
  const title = localize(exercise.title, lang);
  return (
    <article
      className="exercise"
      data-testid="exercise"
      data-exercise-id={exercise.id}
      aria-labelledby="exercise-title"
    >
      <div className="exercise__brief">
        <header className="exercise__header">
          <h1 id="exercise-title">{title}</h1>
          <span className={`difficulty difficulty--${exercise.difficulty}`}>
            {text.app.difficulty[exercise.difficulty] ?? exercise.difficulty}
          </span>
        </header>
        <Markdown className="prose" text={localize(exercise.description, lang)} />
        <HintsPanel exercise={exercise} />
        <SolutionPanel exercise={exercise} />
      </div>
      <div className="exercise__work">
        <StackSwitchingNotice />
        <ExerciseEditor
          exercise={exercise}
          label={text.toolbar.editorLabel(title)}
          onRun={onRun}
          onCheck={onCheck}
        />
        <RunToolbar
          onRun={onRun}
          onCheck={onCheck}
          onStop={onStop}
          onReset={() => resetCode(exercise.id)}
        />
        <VerdictPanel exerciseId={exercise.id} />
        <ConsolePanel />
      </div>
      <div className="exercise__timeline">
        <TimelinePanel exerciseId={exercise.id} />
      </div>
    </article>
  );
}

const NO_MARKERS: EditorMarker[] = [];

function ExerciseEditor({
  exercise,
  label,
  onRun,
  onCheck,
}: {
  exercise: Exercise;
  label: string;
  onRun: () => void;
  onCheck: () => void;
}) {
  const code = useAppStore((s) => codeOf(s, exercise));
  const setCode = useAppStore((s) => s.setCode);
  const verdict = useAppStore((s) => (s.verdict?.exerciseId === exercise.id ? s.verdict : null));
  // Failing checks that point at a line of the learner's code mark it in the editor.
  const markers = useMemo(() => (verdict ? markersOf(verdict.checks) : NO_MARKERS), [verdict]);
  const highlights = useReplayHighlights(exercise.id);
  return (
    <LazyCodeEditor
      key={exercise.id}
      value={code}
      onChange={(text) => setCode(exercise.id, text)}
      onRun={onRun}
      onCheck={onCheck}
      markers={markers}
      highlights={highlights}
      label={label}
    />
  );
}

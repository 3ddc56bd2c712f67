/**
 * One exercise: its title and task on the left; editor, run controls and console on the right.
 * Commands that reach Python (run, stop) come in as props from the app shell.
 */
import { localize, type Exercise } from "../../exercises";
import { useAppStore } from "../../store/app-store";
import { codeOf } from "../../store/selectors";
import { LazyCodeEditor } from "../editor/LazyCodeEditor";
import { StackSwitchingNotice } from "../python/PythonStatus";
import { ConsolePanel } from "../run/ConsolePanel";
import { RunToolbar } from "../run/RunToolbar";
import { Markdown } from "./Markdown";

export interface ExercisePageProps {
  exercise: Exercise;
  onRun: () => void;
  onStop: () => void;
}

export function ExercisePage({ exercise, onRun, onStop }: ExercisePageProps) {
  const lang = useAppStore((s) => s.lang);
  const resetCode = useAppStore((s) => s.resetCode);
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
            {exercise.difficulty}
          </span>
        </header>
        <Markdown className="prose" text={localize(exercise.description, lang)} />
      </div>
      <div className="exercise__work">
        <StackSwitchingNotice />
        <ExerciseEditor exercise={exercise} label={`Python code for ${title}`} onRun={onRun} />
        <RunToolbar onRun={onRun} onStop={onStop} onReset={() => resetCode(exercise.id)} />
        <ConsolePanel />
      </div>
    </article>
  );
}

function ExerciseEditor({
  exercise,
  label,
  onRun,
}: {
  exercise: Exercise;
  label: string;
  onRun: () => void;
}) {
  const code = useAppStore((s) => codeOf(s, exercise));
  const setCode = useAppStore((s) => s.setCode);
  return (
    <LazyCodeEditor
      key={exercise.id}
      value={code}
      onChange={(text) => setCode(exercise.id, text)}
      onRun={onRun}
      label={label}
    />
  );
}

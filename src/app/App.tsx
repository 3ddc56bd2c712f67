/** The app shell: top bar, course map, and the open exercise (or a welcome page). */
import { CourseMap } from "../features/course-map/CourseMap";
import { ExercisePage } from "../features/exercise/ExercisePage";
import { PackDropTarget } from "../features/packs/PackDropTarget";
import { PackSection } from "../features/packs/PackSection";
import { LanguagePicker } from "../features/prefs/LanguagePicker";
import { PythonStatus } from "../features/python/PythonStatus";
import { BackupButtons } from "../features/saving/BackupButtons";
import { SaveProblem } from "../features/saving/SaveProblem";
import { UpdateBanner } from "../features/update/UpdateBanner";
import { useAppStore } from "../store/app-store";
import { selectOpenExercise } from "../store/selectors";
import { checkOpenExercise, runOpenExercise, stopRun } from "./commands";
import { Welcome } from "./Welcome";

export function App() {
  const exercise = useAppStore(selectOpenExercise);
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="app" lang={lang}>
      <header className="topbar">
        <a className="brand" href="#/">
          Interleave
        </a>
        <PythonStatus />
        <BackupButtons />
        <LanguagePicker />
      </header>
      <SaveProblem />
      <UpdateBanner />
      <div className="layout">
        <aside className="sidebar">
          <CourseMap />
          <PackSection />
        </aside>
        <main className="main">
          {exercise ? (
            <ExercisePage
              key={exercise.id}
              exercise={exercise}
              onRun={runOpenExercise}
              onCheck={checkOpenExercise}
              onStop={stopRun}
            />
          ) : (
            <Welcome />
          )}
        </main>
      </div>
      <PackDropTarget />
    </div>
  );
}

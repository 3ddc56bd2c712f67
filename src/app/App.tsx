/** The app shell: top bar, course map, and the open exercise (or a welcome page, or authoring). */
import { lazy, Suspense } from "react";
import { AuthoringLink } from "../features/authoring/AuthoringLink";
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

// Authoring (and the exercise validator it needs) loads only when opened.
const AuthoringPage = lazy(() => import("../features/authoring/AuthoringPage"));

export function App() {
  const exercise = useAppStore(selectOpenExercise);
  const authoring = useAppStore((s) => s.authoring !== null);
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="app" lang={lang}>
      <header className="topbar">
        <a className="brand" href="#/">
          Interleave
        </a>
        <PythonStatus />
        <AuthoringLink />
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
          {authoring ? (
            <Suspense fallback={null}>
              <AuthoringPage />
            </Suspense>
          ) : exercise ? (
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

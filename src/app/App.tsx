/**
 * The app shell: top bar, then one page, chosen by the URL hash: the course map ("#/"), an
 * exercise ("#/exercise/<id>") or authoring ("#/author"). A hash naming no exercise shows the map
 * with a notice.
 */
import { lazy, Suspense, useEffect } from "react";
import { localize } from "../exercises/localize";
import { AuthoringLink } from "../features/authoring/AuthoringLink";
import { CourseMapPage } from "../features/course-map/CourseMapPage";
import { ExercisePage } from "../features/exercise/ExercisePage";
import { useUiText } from "../features/i18n/use-ui-text";
import { PackDropTarget } from "../features/packs/PackDropTarget";
import { PackSection } from "../features/packs/PackSection";
import { LanguagePicker } from "../features/prefs/LanguagePicker";
import { ThemePicker } from "../features/prefs/ThemePicker";
import { useDocumentPrefs } from "../features/prefs/use-document-prefs";
import { PythonStatus } from "../features/python/PythonStatus";
import { BackupButtons } from "../features/saving/BackupButtons";
import { SaveProblem } from "../features/saving/SaveProblem";
import { UpdateBanner } from "../features/update/UpdateBanner";
import { useAppStore } from "../store/app-store";
import { selectOpenExercise } from "../store/selectors";
import { checkOpenExercise, runOpenExercise, stopRun } from "./commands";
import { TopbarMenu } from "./TopbarMenu";
import { plainInlineCode } from "../features/exercise/inline-code";

// Authoring (and the exercise validator it needs) loads only when opened.
const AuthoringPage = lazy(() => import("../features/authoring/AuthoringPage"));

export function App() {
  useDocumentPrefs();
  const exercise = useAppStore(selectOpenExercise);
  const authoring = useAppStore((s) => s.authoring !== null);
  const lang = useAppStore((s) => s.lang);
  const text = useUiText().app;
  const title = exercise ? plainInlineCode(localize(exercise.title, lang)) : null;
  useEffect(() => {
    document.title = title ? `${title} · Interleave` : `${text.courseMap} · Interleave`;
  }, [title, text]);
  // An exercise opens at its top: a hash link keeps the page's scroll, which was wherever the
  // learner chose it on the map (on a phone, the middle of the new exercise's text).
  const openId = exercise?.id ?? null;
  useEffect(() => {
    if (openId !== null) window.scrollTo(0, 0);
  }, [openId]);
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {text.skipToContent}
      </a>
      <header className="topbar">
        <a className="brand" href="#/">
          Interleave
        </a>
        <PythonStatus />
        <TopbarMenu>
          <AuthoringLink />
          <BackupButtons />
          <ThemePicker />
          <LanguagePicker />
        </TopbarMenu>
      </header>
      <SaveProblem />
      <UpdateBanner />
      <main id="main" className="main" tabIndex={-1}>
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
          <CourseMapPage>
            <PackSection />
          </CourseMapPage>
        )}
      </main>
      <PackDropTarget />
    </div>
  );
}

/** The hash names the page, so the skip link moves focus itself instead of changing it. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById("main")?.focus();
}

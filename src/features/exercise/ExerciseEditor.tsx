/**
 * The exercise's editor, wired to the store: the learner's code (or the starter), markers where
 * failing checks point, a replay's highlighted lines, the theme; and under it the keys that work
 * in it, with the live state of Monaco's "Tab moves focus" switch (Ctrl+M).
 */
import { useMemo, useState } from "react";
import type { Exercise } from "../../exercises";
import { useAppStore } from "../../store/app-store";
import { codeOf } from "../../store/selectors";
import type { EditorMarker } from "../editor/markers";
import { LazyCodeEditor } from "../editor/LazyCodeEditor";
import { MOD_KEY } from "../editor/mod-key";
import { useUiText } from "../i18n/use-ui-text";
import { useResolvedTheme } from "../prefs/use-document-prefs";
import { useReplayHighlights } from "../replay/use-replay-highlights";
import { markersOf } from "../verdict/verdict-view";

const NO_MARKERS: EditorMarker[] = [];

export function ExerciseEditor({
  exercise,
  label,
  onRun,
  onCheck,
  onEscape,
}: {
  exercise: Exercise;
  label: string;
  onRun: () => void;
  onCheck: () => void;
  onEscape: () => void;
}) {
  const code = useAppStore((s) => codeOf(s, exercise));
  const setCode = useAppStore((s) => s.setCode);
  const verdict = useAppStore((s) => (s.verdict?.exerciseId === exercise.id ? s.verdict : null));
  // Failing checks that point at a line of the learner's code mark it in the editor.
  const markers = useMemo(() => (verdict ? markersOf(verdict.checks) : NO_MARKERS), [verdict]);
  const highlights = useReplayHighlights(exercise.id);
  const theme = useResolvedTheme();
  const text = useUiText().toolbar;
  const [tabFocus, setTabFocus] = useState(false);
  return (
    <div className="exercise-editor">
      <LazyCodeEditor
        key={exercise.id}
        value={code}
        onChange={(next) => setCode(exercise.id, next)}
        onRun={onRun}
        onCheck={onCheck}
        onEscape={onEscape}
        onTabFocusChange={setTabFocus}
        markers={markers}
        highlights={highlights}
        label={label}
        theme={theme}
      />
      <p className="exercise-editor__keys" data-testid="editor-keys">
        <span>{text.keys(MOD_KEY)}</span>{" "}
        <span data-testid="tab-focus" data-on={tabFocus}>
          {text.tabFocus(tabFocus)}
        </span>
      </p>
    </div>
  );
}

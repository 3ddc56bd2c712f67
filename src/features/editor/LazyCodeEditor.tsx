/**
 * The code editor, loaded on demand: Monaco arrives in its own chunk after the first screen is up.
 * Until then a placeholder of the same size says it is loading.
 */
import { lazy, Suspense } from "react";
import { useUiText } from "../i18n/use-ui-text";
import type { CodeEditorProps } from "./CodeEditor";

const CodeEditor = lazy(() => import("./CodeEditor"));

export function LazyCodeEditor(props: CodeEditorProps) {
  const text = useUiText();
  return (
    <Suspense
      fallback={
        <div
          className="code-editor code-editor--loading"
          data-testid="code-editor"
          data-state="loading"
        >
          {text.toolbar.editorLoading}
        </div>
      }
    >
      <CodeEditor {...props} />
    </Suspense>
  );
}

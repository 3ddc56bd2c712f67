/**
 * The code editor: Monaco with Python highlighting, bundled with the app (no CDN, no AMD loader).
 *
 * This is the ONLY module that imports `monaco-editor` (lint enforces it) and it is loaded lazily
 * (see ./LazyCodeEditor.tsx), so the first screen never waits for Monaco's 4 MB. It imports only
 * what a Python editor needs: the editor core, Python tokens, a few editing features and the
 * generic editor worker (no TypeScript/CSS/HTML/JSON language workers).
 *
 * It is a controlled component: `value` is the truth; edits are reported with `onChange` and a new
 * `value` that differs from the editor's text (e.g. after "Reset") replaces it, keeping undo.
 */
import { useEffect, useRef } from "react";
import * as monaco from "monaco-editor/editor";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/clipboard/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/contextmenu/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/multicursor/register";
import "monaco-editor/features/smartSelect/register";
import "monaco-editor/features/suggest/register";
import "monaco-editor/features/wordHighlighter/register";
import "monaco-editor/features/wordOperations/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";

// Monaco asks for a worker per language service; a Python editor only ever needs the editor worker.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** Accessible name of the text area. */
  label: string;
}

export default function CodeEditor({ value, onChange, onRun, label }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // The latest callbacks, read by listeners registered once.
  const callbacks = useRef({ onChange, onRun });
  callbacks.current = { onChange, onRun };

  useEffect(() => {
    if (!host.current) return;
    const model = monaco.editor.createModel(value, "python");
    const instance = monaco.editor.create(host.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 4,
      insertSpaces: true,
      scrollBeyondLastLine: false,
      ariaLabel: label,
      fixedOverflowWidgets: true,
    });
    editor.current = instance;
    host.current.dataset.state = "ready";
    const changes = model.onDidChangeContent(() => callbacks.current.onChange(model.getValue()));
    instance.addAction({
      id: "interleave.run",
      label: "Run program",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => callbacks.current.onRun(),
    });
    return () => {
      changes.dispose();
      instance.dispose();
      model.dispose();
      editor.current = null;
    };
    // Created once per mount (the initial `value`, `label`); later values go through the effect below.
  }, []);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model || model.getValue() === value) return;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
  }, [value]);

  return <div ref={host} className="code-editor" data-testid="code-editor" />;
}

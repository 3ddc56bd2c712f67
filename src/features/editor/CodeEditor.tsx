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
 * `markers` (lines failing checks point at) become squiggles with a hover message plus a
 * whole-line highlight; `data-markers` on the host lists their lines for tests.
 *
 * Keyboard: Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter checks, Esc (when no widget of the editor
 * wants it) calls `onEscape` so the page can move focus out, and Ctrl+M toggles "Tab moves
 * focus"; its state is reported through `onTabFocusChange` (and `data-tab-focus`) so the
 * page can show it. `theme` switches Monaco's colours (one theme for every editor on the page).
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
import type { EditorMarker } from "./markers";

// Monaco asks for a worker per language service; a Python editor only ever needs the editor worker.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** Ctrl/Cmd+Shift+Enter. */
  onCheck: () => void;
  /** Lines to mark, e.g. where failing checks point; replaced whenever the array changes. */
  markers: readonly EditorMarker[];
  /** Accessible name of the text area. */
  label: string;
  /** Lines to highlight without calling them errors (where each thread is in a replay). */
  highlights?: readonly EditorMarker[];
  /** Esc pressed with no suggestion, find or other widget open. */
  onEscape?: () => void;
  /** Whether Tab moves focus (Ctrl+M) instead of indenting. */
  onTabFocusChange?: (on: boolean) => void;
  theme?: "light" | "dark";
}

/** Esc is Monaco's while one of these is showing (closing a widget, dropping extra cursors). */
const ESCAPE_FREE =
  "!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !editorHasMultipleSelections && !editorHasSelection && !inSnippetMode && !markersNavigationVisible";

const NO_HIGHLIGHTS: readonly EditorMarker[] = [];

/**
 * Monaco's own themes with the few colours that miss WCAG AA contrast raised (axe checks the
 * editor too): line numbers, the dimmed number after the last line, and comments in the dark.
 */
monaco.editor.defineTheme("interleave-light", {
  base: "vs",
  inherit: true,
  rules: [{ token: "comment", foreground: "3d7a2a" }],
  colors: {
    "editorLineNumber.foreground": "#5f6b7a",
    "editorLineNumber.dimmedForeground": "#5f6b7a",
    "editorLineNumber.activeForeground": "#0f172a",
  },
});
monaco.editor.defineTheme("interleave-dark", {
  base: "vs-dark",
  inherit: true,
  rules: [{ token: "comment", foreground: "8fc27a" }],
  colors: {
    "editorLineNumber.foreground": "#9ca3af",
    "editorLineNumber.dimmedForeground": "#9ca3af",
    "editorLineNumber.activeForeground": "#e5e7eb",
  },
});

const monacoTheme = (theme: "light" | "dark") =>
  theme === "dark" ? "interleave-dark" : "interleave-light";

/** Owner of the markers this module sets (Monaco keeps markers per owner). */
const MARKER_OWNER = "interleave-checker";

export default function CodeEditor({
  value,
  onChange,
  onRun,
  onCheck,
  markers,
  label,
  highlights = NO_HIGHLIGHTS,
  onEscape,
  onTabFocusChange,
  theme = "light",
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const lineHighlights = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const replayLines = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  // The latest callbacks, read by listeners registered once.
  const callbacks = useRef({ onChange, onRun, onCheck, onEscape, onTabFocusChange });
  callbacks.current = { onChange, onRun, onCheck, onEscape, onTabFocusChange };

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
      // A line longer than the editor is wide wraps, indented under its start, rather than
      // running off its right edge: at 1280 px the editor shows about 80 characters, and a
      // quarter of the course's programs have lines (mostly comments) up to 121.
      wordWrap: "on",
      wrappingIndent: "indent",
      ariaLabel: label,
      fixedOverflowWidgets: true,
      theme: monacoTheme(theme),
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
    instance.addAction({
      id: "interleave.check",
      label: "Check solution",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter],
      run: () => callbacks.current.onCheck(),
    });
    instance.addCommand(monaco.KeyCode.Escape, () => callbacks.current.onEscape?.(), ESCAPE_FREE);
    // Ctrl+M: "Tab moves focus", as in VS Code. On a Mac that is the Control key too (WinCtrl):
    // Cmd+M minimises the window before the page sees it. Monaco's own toggle (not imported) flips a flag
    // for the whole page that no editor event reports; this one is the editor's option, which does.
    const tabFocus = () => {
      const on = instance.getOption(monaco.editor.EditorOption.tabFocusMode);
      if (host.current) host.current.dataset.tabFocus = String(on);
      callbacks.current.onTabFocusChange?.(on);
    };
    const toggleTabFocus = () =>
      instance.updateOptions({
        tabFocusMode: !instance.getOption(monaco.editor.EditorOption.tabFocusMode),
      });
    instance.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, toggleTabFocus);
    instance.addCommand(monaco.KeyMod.WinCtrl | monaco.KeyCode.KeyM, toggleTabFocus);
    const options = instance.onDidChangeConfiguration((event) => {
      if (event.hasChanged(monaco.editor.EditorOption.tabFocusMode)) tabFocus();
    });
    tabFocus();
    lineHighlights.current = instance.createDecorationsCollection();
    replayLines.current = instance.createDecorationsCollection();
    // The editor grows with the code (between the CSS min-height and max-height), so a whole
    // exercise program is visible at once and the page scrolls instead of the editor.
    const element = host.current;
    const fit = () => {
      element.style.height = `${instance.getContentHeight() + 2}px`;
    };
    const sizes = instance.onDidContentSizeChange(fit);
    fit();
    return () => {
      options.dispose();
      sizes.dispose();
      lineHighlights.current = null;
      replayLines.current = null;
      changes.dispose();
      instance.dispose();
      model.dispose();
      editor.current = null;
    };
    // Created once per mount (the initial `value`, `label`); later values go through the effect below.
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(monacoTheme(theme));
  }, [theme]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model || model.getValue() === value) return;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
  }, [value]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    const lines = markers.filter((m) => m.line <= model.getLineCount());
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      lines.map((m) => ({
        severity: monaco.MarkerSeverity.Error,
        message: m.message,
        startLineNumber: m.line,
        startColumn: model.getLineFirstNonWhitespaceColumn(m.line) || 1,
        endLineNumber: m.line,
        endColumn: model.getLineMaxColumn(m.line),
      })),
    );
    lineHighlights.current?.set(
      lines.map((m) => ({
        range: new monaco.Range(m.line, 1, m.line, 1),
        options: {
          isWholeLine: true,
          className: "code-editor__failing-line",
          linesDecorationsClassName: "code-editor__failing-gutter",
        },
      })),
    );
    if (host.current) host.current.dataset.markers = lines.map((m) => m.line).join(",");
  }, [markers]);

  useEffect(() => {
    const instance = editor.current;
    const model = instance?.getModel();
    if (!instance || !model) return;
    const lines = highlights.filter((h) => h.line <= model.getLineCount());
    replayLines.current?.set(
      lines.map((h) => ({
        range: new monaco.Range(h.line, 1, h.line, 1),
        options: {
          isWholeLine: true,
          className: "code-editor__replay-line",
          linesDecorationsClassName: "code-editor__replay-gutter",
          hoverMessage: { value: h.message },
          after: { content: `  ← ${h.message}`, inlineClassName: "code-editor__replay-note" },
        },
      })),
    );
    const firstLine = lines[0]?.line;
    if (firstLine !== undefined) instance.revealLineInCenterIfOutsideViewport(firstLine);
    if (host.current) host.current.dataset.highlights = lines.map((h) => h.line).join(",");
  }, [highlights]);

  return <div ref={host} className="code-editor" data-testid="code-editor" />;
}

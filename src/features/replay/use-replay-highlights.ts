/** The editor lines a replay highlights: where each thread is at the current step. */
import { useMemo } from "react";
import type { EditorMarker } from "../editor/markers";
import { useUiText } from "../i18n/use-ui-text";
import { positionsAt } from "./replay-model";
import { useAppStore } from "../../store/app-store";
import { isCurrent, useReplayStore } from "./replay-store";

const NONE: EditorMarker[] = [];

export function useReplayHighlights(exerciseId: string): EditorMarker[] {
  const open = useReplayStore((s) => (s.open?.exerciseId === exerciseId ? s.open : null));
  const verdict = useAppStore((s) => s.verdict);
  const text = useUiText().replay;
  return useMemo(() => {
    if (!open || !isCurrent(open, verdict)) return NONE;
    const byLine = new Map<number, string[]>();
    for (const p of positionsAt(open.replay.race, open.step)) {
      if (p.line === null) continue;
      const value = p.step.value === null ? "" : ` = ${p.step.value}`;
      const note = `${p.thread} ${text.op[p.step.op]} ${p.step.text}${value}`;
      byLine.set(p.line, [...(byLine.get(p.line) ?? []), note]);
    }
    return [...byLine].map(([line, notes]) => ({ line, message: notes.join("; ") }));
  }, [open, verdict, text]);
}

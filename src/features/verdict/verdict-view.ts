/**
 * How a verdict is laid out: each check (and nested schedule checks) with the targeted hint it
 * shows, the count of passed checks, and the editor markers for failures that point at a line.
 * Pure.
 *
 * A targeted hint often explains several failing checks (time.sleep in a coroutine fails the
 * timing, the overlap and the event-loop checks at once). It is shown in full with the first
 * failing check it belongs to; later ones refer back to it instead of repeating it.
 */
import type { CheckResult, HintRef, Verdict } from "../../checker";
import type { EditorMarker } from "../editor/markers";

export type HintPlacement =
  { kind: "text"; hint: HintRef } | { kind: "same"; hint: HintRef; firstTitle: string } | null;

export interface CheckView {
  /** Position in the tree, e.g. "3" or "3.1": stable keys for rendering. */
  key: string;
  result: CheckResult;
  hint: HintPlacement;
  children: CheckView[];
}

export interface VerdictView {
  checks: CheckView[];
  passed: number;
  total: number;
  markers: EditorMarker[];
}

export function viewVerdict(verdict: Verdict): VerdictView {
  /** Hint id -> title of the check that shows it in full. */
  const shown = new Map<string, string>();
  const byCheck = new Map<string, HintRef>();
  for (const hint of verdict.hints) {
    for (const id of hint.checks)
      if (!byCheck.has(id)) byCheck.set(id, { id: hint.id, text: hint.text });
  }

  const place = (result: CheckResult, hint: HintRef | null | undefined): HintPlacement => {
    if (result.passed || !hint) return null;
    const first = shown.get(hint.id);
    if (first !== undefined) return { kind: "same", hint, firstTitle: first };
    shown.set(hint.id, result.title);
    return { kind: "text", hint };
  };

  const view = (result: CheckResult, key: string, parentHint: string | null): CheckView => {
    const own = byCheck.get(result.id) ?? result.hint ?? null;
    // A nested check's hint is already its parent's when they are the same one: say it once.
    const hint = own && own.id === parentHint ? null : own;
    const placed = place(result, hint);
    return {
      key,
      result,
      hint: placed,
      children: (result.children ?? []).map((child, i) =>
        view(child, `${key}.${i}`, own?.id ?? parentHint),
      ),
    };
  };

  const checks = verdict.checks.map((result, i) => view(result, String(i), null));
  return {
    checks,
    passed: verdict.checks.filter((c) => c.passed).length,
    total: verdict.checks.length,
    markers: markersOf(verdict.checks),
  };
}

/** One marker per line of the code that failing checks point at; messages of a line are joined. */
export function markersOf(results: readonly CheckResult[]): EditorMarker[] {
  const lines = new Map<number, string[]>();
  const visit = (result: CheckResult) => {
    if (!result.passed && typeof result.line === "number" && result.line > 0) {
      const messages = lines.get(result.line) ?? [];
      messages.push(`${result.title}: ${result.actual}`);
      lines.set(result.line, messages);
    }
    (result.children ?? []).forEach(visit);
  };
  results.forEach(visit);
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, messages]) => ({ line, message: messages.join("\n") }));
}

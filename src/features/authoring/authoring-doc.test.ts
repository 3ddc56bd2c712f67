/**
 * docs/AUTHORING.md stays true: every JSON example in it validates with the loader the app and the
 * CLI use, every kind of check has an example, and the worked example is the authoring page's
 * template (./template.ts), so the two cannot drift apart.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CheckSchema } from "../../exercises/format";
import { loadExerciseFile } from "../../exercises/loader";
import { readIndex } from "../packs/pack-files";
import { TEMPLATE } from "./template";

const doc = readFileSync("docs/AUTHORING.md", "utf8");
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => JSON.parse(m[1] ?? "") as Record<string, unknown>,
);

/** The targeted-hint ids a check names, nested checks included. */
function hintIds(check: Record<string, unknown>): string[] {
  const rules = (check["hints"] as { hint: string }[] | undefined) ?? [];
  const nested = (check["checks"] as Record<string, unknown>[] | undefined) ?? [];
  return [
    ...(typeof check["hint"] === "string" ? [check["hint"]] : []),
    ...rules.map((rule) => rule.hint),
    ...nested.flatMap(hintIds),
  ];
}

/** A minimal exercise around one check, with the hints it names. */
function exerciseAround(check: Record<string, unknown>): string {
  const hints = Object.fromEntries(hintIds(check).map((id) => [id, `About ${id}.`]));
  return JSON.stringify({
    version: 1,
    id: "doc-example",
    title: "Doc example",
    module: "docs",
    difficulty: "easy",
    description: "An example.",
    starter: "print(1)\n",
    solution: "print(2)\n",
    checks: [check],
    targetedHints: hints,
  });
}

describe("docs/AUTHORING.md", () => {
  const checks = examples.filter((e) => "kind" in e);

  it("has an example of every kind of check", () => {
    const kinds = CheckSchema.anyOf.map(
      (s) => (s.properties as { kind: { const: string } }).kind.const,
    );
    expect(new Set(checks.map((c) => c["kind"]))).toEqual(new Set(kinds));
  });

  it.each(checks.map((c) => [`${String(c["kind"])} (${String(c["id"])})`, c] as const))(
    "its %s example validates",
    (_, check) => {
      expect(loadExerciseFile("doc.json", exerciseAround(check)).errors).toEqual([]);
    },
  );

  it("its whole exercises validate, and the worked example is the authoring template", () => {
    const exercises = examples.filter((e) => "version" in e);
    expect(exercises.length).toBeGreaterThan(0);
    for (const exercise of exercises)
      expect(loadExerciseFile("doc.json", JSON.stringify(exercise)).errors).toEqual([]);
    expect(exercises).toContainEqual(TEMPLATE);
  });

  it("its pack index is one the app reads", () => {
    const index = examples.find((e) => "files" in e);
    expect(readIndex("pack.json", index)?.errors).toEqual([]);
  });
});

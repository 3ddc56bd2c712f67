import { describe, expect, it } from "vitest";
import { formatExerciseError, loadPack } from "./loader";
import { DEFAULT_PACK_DIR, readPackFiles } from "./node";
import { languagesOf } from "./localize";

describe("the repository's exercise pack", () => {
  const { exercises, errors } = loadPack(readPackFiles(DEFAULT_PACK_DIR));

  it("loads without errors", () => {
    expect(errors.map(formatExerciseError)).toEqual([]);
    expect(exercises.length).toBeGreaterThanOrEqual(2);
  });

  it("covers asyncio and threading", () => {
    const modules = new Set(exercises.map((e) => e.module));
    expect(modules.has("asyncio-basics")).toBe(true);
    expect(modules.has("threading")).toBe(true);
  });

  it("gives every learner-facing text in English and Russian", () => {
    for (const exercise of exercises) {
      const texts = [
        exercise.title,
        exercise.description,
        ...(exercise.summary ? [exercise.summary] : []),
        ...(exercise.explanation ? [exercise.explanation] : []),
        ...(exercise.hints ?? []),
        ...Object.values(exercise.targetedHints ?? {}),
        ...exercise.checks.flatMap((check) => (check.title ? [check.title] : [])),
      ];
      for (const text of texts)
        expect({ id: exercise.id, text, langs: languagesOf(text) }).toMatchObject({
          langs: ["en", "ru"],
        });
    }
  });
});

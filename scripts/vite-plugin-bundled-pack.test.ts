import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledPackModule } from "./vite-plugin-bundled-pack";

/** Evaluates the generated module's text and returns its default export. */
async function evaluate(text: string): Promise<unknown> {
  const url = `data:text/javascript;base64,${Buffer.from(text).toString("base64")}`;
  return ((await import(/* @vite-ignore */ url)) as { default: unknown }).default;
}

describe("bundledPackModule", () => {
  it("ships the pack loaded and normalised, and a broken file as an error naming its field", async () => {
    const root = mkdtempSync(join(tmpdir(), "pack-"));
    mkdirSync(join(root, "exercises"));
    writeFileSync(join(root, "exercises", "broken.json"), '{"version": 1, "id": "broken"}');
    const pack = (await evaluate(await bundledPackModule(root))) as {
      exercises: unknown[];
      errors: { file: string; field: string }[];
    };
    expect(pack.exercises).toEqual([]);
    expect(pack.errors[0]?.file).toBe("exercises/broken.json");
    expect(pack.errors.map((e) => e.field)).toContain("title");
  });

  it("loads the repository's own packs without errors, every check with its id", async () => {
    const pack = (await evaluate(await bundledPackModule(process.cwd()))) as {
      exercises: { checks: { id?: string }[] }[];
      errors: unknown[];
    };
    expect(pack.errors).toEqual([]);
    expect(pack.exercises.length).toBeGreaterThan(10);
    for (const exercise of pack.exercises)
      for (const check of exercise.checks) expect(check.id).toEqual(expect.any(String));
  });
});

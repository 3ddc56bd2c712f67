import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  customExerciseId,
  droppedSource,
  loadCustomPack,
  packKey,
  sourceLabel,
} from "./custom-pack";

const demo = (name: string) => readFileSync(`e2e/packs/demo/${name}`, "utf8");

describe("sourceLabel", () => {
  it("shows dropped files by their names and a URL as it is", () => {
    expect(sourceLabel(droppedSource(["b.json", "a.json"]))).toBe("a.json, b.json");
    expect(sourceLabel("packs/demo/pack.json")).toBe("packs/demo/pack.json");
  });
});

describe("packKey", () => {
  it("is stable and tells sources apart", () => {
    expect(packKey("packs/demo/pack.json")).toBe(packKey("packs/demo/pack.json"));
    expect(packKey("a")).not.toBe(packKey("b"));
    expect(packKey("a")).toMatch(/^[0-9a-f]{8}$/);
  });

  it("gives dropped files the same source whatever their order", () => {
    expect(droppedSource(["b.json", "a.json"])).toBe(droppedSource(["a.json", "b.json"]));
  });
});

describe("loadCustomPack", () => {
  it("validates with the course's loader and moves ids into the pack's namespace", async () => {
    const pack = await loadCustomPack("demo", "demo", {
      files: { "course.json": demo("course.json"), "two-timers.json": demo("two-timers.json") },
      errors: [],
      title: "Demo pack",
    });
    expect(pack.label).toBe("Demo pack");
    expect(pack.errors).toEqual([]);
    // The demo reuses a built-in id on purpose: its progress must not mix with the built-in one's.
    expect(pack.exercises.map((e) => e.id)).toEqual([customExerciseId("demo", "gather-basics")]);
    expect(pack.exercises[0]?.id).not.toBe("gather-basics");
    expect(pack.modules.map((m) => m.id)).toEqual(["instructor-demo"]);
  });

  it("reports a broken file by file and field, and a pack with nothing in it", async () => {
    const broken = readFileSync("e2e/packs/broken-timers.json", "utf8");
    const pack = await loadCustomPack("x", "x", {
      files: { "broken-timers.json": broken },
      errors: [],
      title: null,
    });
    expect(pack.exercises).toEqual([]);
    expect(pack.errors.map((e) => `${e.file}: ${e.field}`)).toContain(
      "broken-timers.json: difficulty",
    );
    const empty = await loadCustomPack("y", "y", { files: {}, errors: [], title: null });
    expect(empty.errors).toEqual([{ file: "y", field: "", message: "holds no exercise" }]);
  });
});

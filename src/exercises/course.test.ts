import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { courseJsonSchemaText, mergeModules, validateCourse } from "./course";
import { loadPack } from "./loader";
import { DEFAULT_PACK_DIR, readPackFiles } from "./node";
import { minimalExercise } from "./testing";

const committed = fileURLToPath(new URL("../../schema/course.v1.schema.json", import.meta.url));

describe("course files", () => {
  it("schema/course.v1.schema.json is up to date (npm run gen:schema)", () => {
    expect(readFileSync(committed, "utf8")).toBe(courseJsonSchemaText());
  });

  it("the repository's course declares the lead's modules in order, titled in English and Russian", () => {
    const { modules, errors } = loadPack(readPackFiles(DEFAULT_PACK_DIR));
    expect(errors).toEqual([]);
    expect(modules.map((m) => m.id)).toEqual([
      "asyncio-basics",
      "asyncio-practice",
      "threading",
      "futures",
      "multiprocessing",
      "choosing",
      "puzzles",
    ]);
    expect(modules.find((m) => m.id === "threading")?.title).toEqual({
      en: "Threads",
      ru: "Потоки",
    });
  });

  it("are validated by the pack loader, errors naming the file and the field", () => {
    const exercise = JSON.stringify(minimalExercise());
    const { modules, errors, exercises } = loadPack({
      "a/course.json": JSON.stringify({ version: 1, modules: [{ id: "x", title: "X" }] }),
      "b/course.json": JSON.stringify({ version: 1, modules: [{ id: "Bad Id", title: "Y" }] }),
      "c/course.json": JSON.stringify({
        version: 1,
        modules: [
          { id: "z", title: "Z" },
          { id: "z", title: "Z again" },
        ],
      }),
      "a/one.json": exercise,
    });
    expect(modules).toEqual([{ id: "x", title: "X" }]);
    expect(exercises).toHaveLength(1);
    expect(errors).toEqual([
      {
        file: "b/course.json",
        field: "modules[0].id",
        message: expect.stringContaining("must match"),
      },
      { file: "c/course.json", field: "modules[1].id", message: '"z" is declared twice' },
    ]);
  });

  it("merge in file order, the first declaration of a module winning", () => {
    const first = {
      version: 1 as const,
      modules: [
        { id: "a", title: "A" },
        { id: "b", title: "B" },
      ],
    };
    const second = {
      version: 1 as const,
      modules: [
        { id: "b", title: "B2" },
        { id: "c", title: "C" },
      ],
    };
    expect(mergeModules([first, second])).toEqual([
      { id: "a", title: "A" },
      { id: "b", title: "B" },
      { id: "c", title: "C" },
    ]);
    expect(validateCourse({ version: 1, modules: [] }).ok).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { formatExerciseError, loadPack } from "./loader";

const valid = {
  version: 1,
  id: "demo",
  title: "Demo",
  module: "asyncio",
  difficulty: "easy",
  description: "Say hi.",
  starter: "pass\n",
  solution: "print('hi')\n",
  checks: [{ kind: "output", match: "exact", expected: "hi\n", hint: "say-hi" }],
  targetedHints: { "say-hi": { en: "Print hi.", ru: "Напечатайте hi." } },
};

const withChanges = (changes: Record<string, unknown>) => JSON.stringify({ ...valid, ...changes });

describe("loadPack", () => {
  it("loads a valid exercise and fills in check ids and run defaults", () => {
    const { exercises, errors } = loadPack({ "a.json": JSON.stringify(valid) });
    expect(errors).toEqual([]);
    expect(exercises).toHaveLength(1);
    expect(exercises[0]?.checks[0]?.id).toBe("output-1");
    expect(exercises[0]?.run).toMatchObject({ seed: 0, cpuCount: 4 });
  });

  it("reports invalid JSON with file, line and column, and still loads the other files", () => {
    const { exercises, errors } = loadPack({
      "bad.json": '{\n  "id": "x",\n}',
      "good.json": JSON.stringify(valid),
    });
    expect(exercises.map((e) => e.id)).toEqual(["demo"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: "bad.json", field: "" });
    expect(errors[0]?.message).toMatch(/^invalid JSON at line 3, column 1/);
  });

  it("names a missing field", () => {
    const { id: _drop, ...rest } = valid;
    void _drop;
    const { errors } = loadPack({ "x.json": JSON.stringify(rest) });
    expect(errors).toEqual([{ file: "x.json", field: "id", message: "is required" }]);
  });

  it("names an unknown field", () => {
    const { errors } = loadPack({ "x.json": withChanges({ titel: "oops" }) });
    expect(errors).toEqual([
      { file: "x.json", field: "titel", message: "is not a field of the format" },
    ]);
  });

  it("reports only the branch a check was meant for", () => {
    const { errors } = loadPack({
      "x.json": withChanges({ checks: [{ kind: "output", match: "fuzzy", expected: 3 }] }),
    });
    expect(errors).toEqual([
      { file: "x.json", field: "checks[0].expected", message: "must be string" },
      {
        file: "x.json",
        field: "checks[0].match",
        message: expect.stringContaining('must be one of: "exact", "normalised"'),
      },
    ]);
  });

  it("reports an unknown check kind once", () => {
    const { errors } = loadPack({ "x.json": withChanges({ checks: [{ kind: "speed" }] }) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      field: "checks[0].kind",
      message: expect.stringMatching(/^must be one of: "output"/),
    });
  });

  it("explains a malformed translation object", () => {
    const { errors } = loadPack({ "x.json": withChanges({ title: { ru: "Демо" } }) });
    expect(errors).toEqual([{ file: "x.json", field: "title.en", message: "is required" }]);
    const wrongType = loadPack({ "x.json": withChanges({ title: 5 }) }).errors;
    expect(wrongType).toEqual([
      { file: "x.json", field: "title", message: "must be text or translations" },
    ]);
  });

  it("refuses another format version with a clear message", () => {
    const { errors } = loadPack({ "x.json": withChanges({ version: 2 }) });
    expect(errors).toEqual([
      {
        file: "x.json",
        field: "version",
        message: expect.stringContaining("version 2 is not supported"),
      },
    ]);
  });

  it("checks hint references and regular expressions", () => {
    const { errors } = loadPack({
      "x.json": withChanges({
        checks: [
          { kind: "output", match: "regex", expected: "(", hint: "nope" },
          { kind: "elapsed", tolerance: 0.1, hint: "say-hi" },
        ],
      }),
    });
    expect(errors.map((e) => e.field)).toEqual([
      "checks[0].hint",
      "checks[0].expected",
      "checks[1]",
      "checks[1].tolerance",
    ]);
  });

  it("checks that conditions name existing checks", () => {
    const { errors } = loadPack({
      "x.json": withChanges({
        checks: [
          { kind: "exit", code: 0, id: "exit" },
          {
            kind: "elapsed",
            max: 1,
            hints: [{ hint: "say-hi", when: { checkPassed: "exit", checkFailed: "nope" } }],
          },
        ],
      }),
    });
    expect(errors).toEqual([
      {
        file: "x.json",
        field: "checks[1].hints[0].when.checkFailed",
        message: expect.stringContaining('"nope"'),
      },
    ]);
  });

  it("rejects a targeted hint no check names", () => {
    const { errors } = loadPack({
      "x.json": withChanges({ targetedHints: { "say-hi": "Print hi.", spare: "Never shown." } }),
    });
    expect(errors).toEqual([
      {
        file: "x.json",
        field: "targetedHints.spare",
        message: expect.stringContaining("never be shown"),
      },
    ]);
  });

  it("rejects a repeated exercise id in the later file, naming both files", () => {
    const { exercises, errors } = loadPack({
      "b.json": withChanges({ title: "Copy" }),
      "a.json": JSON.stringify(valid),
    });
    expect(exercises.map((e) => e.title)).toEqual(["Demo"]);
    expect(errors).toEqual([
      {
        file: "b.json",
        field: "id",
        message:
          '"demo" is already the id of the exercise in a.json; b.json is left out (give it another id)',
      },
    ]);
  });

  it("keeps the file named after the id even when an impostor sorts first", () => {
    const { exercises, errors } = loadPack({
      "asyncio/demo.json": JSON.stringify(valid),
      "asyncio/aaa-impostor.json": withChanges({ title: "Impostor" }),
      "zzz/also.json": withChanges({ title: "Also" }),
    });
    expect(exercises.map((e) => e.title)).toEqual(["Demo"]);
    expect(errors.map((e) => e.file)).toEqual(["asyncio/aaa-impostor.json", "zzz/also.json"]);
    for (const error of errors) {
      expect(error.field).toBe("id");
      expect(error.message).toContain("asyncio/demo.json");
      expect(error.message).toContain(error.file);
    }
  });

  it("formats an error as file: field: reason", () => {
    expect(
      formatExerciseError({ file: "a.json", field: "checks[0].kind", message: "is required" }),
    ).toBe("a.json: checks[0].kind: is required");
  });
});

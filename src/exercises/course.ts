/**
 * The course file of a pack (`course.json` at any level of the pack): the modules it declares,
 * in teaching order, with their titles. The course map reads titles and order from here, so a
 * module's title is written once. Instructor packs declare theirs the same way; when several
 * packs are loaded, modules keep the order of the files (path order) and the first declaration
 * of a module id wins. Exercises whose module no course file declares still show, after the
 * declared modules, under their id.
 *
 * Format v1, written with TypeBox like the exercise format; scripts/gen-schema.ts publishes it as
 * schema/course.v1.schema.json. Validated by the same loader as exercises (./loader).
 */
import { Type, type Static } from "@sinclair/typebox";
import { Ajv, type ValidateFunction } from "ajv";
import { explainErrors, type FieldError } from "./errors";
import { FORMAT_VERSION, id, localized, opt } from "./format-parts";

export const COURSE_SCHEMA_ID = "https://interleave.dev/schema/course.v1.json";

/** The file name a pack's course file has (anywhere in the pack). */
export const COURSE_FILE = "course.json";

const CourseModuleSchema = Type.Object(
  {
    id: id('The module id exercises name in their `module` field, e.g. "threading".'),
    title: localized(
      'The module\'s title on the course map, e.g. {"en": "Threads", "ru": "Потоки"}.',
    ),
    summary: opt(localized("One line about what the module teaches.")),
  },
  { additionalProperties: false, description: "One module (topic) of the course." },
);

export const CourseSchema = Type.Object(
  {
    $schema: opt(Type.String({ description: "The schema URL, for editors: " + COURSE_SCHEMA_ID })),
    version: Type.Literal(FORMAT_VERSION, {
      description: "Format version; this schema reads version 1.",
    }),
    modules: Type.Array(CourseModuleSchema, {
      minItems: 1,
      description: "The pack's modules in teaching order: the course map shows them in this order.",
    }),
  },
  {
    $id: COURSE_SCHEMA_ID,
    title: "Interleave course (format v1)",
    description:
      "The modules of an Interleave pack, in teaching order, with their titles (file name: course.json).",
    additionalProperties: false,
  },
);

export type Course = Static<typeof CourseSchema>;
export type CourseModule = Static<typeof CourseModuleSchema>;

let compiled: ValidateFunction | null = null;

/** Whether a pack path is a course file rather than an exercise. */
export function isCourseFile(path: string): boolean {
  return path.replace(/^.*[/\\]/, "") === COURSE_FILE;
}

/** Validates a parsed course file; errors name the field. */
export function validateCourse(
  data: unknown,
): { ok: true; course: Course } | { ok: false; errors: FieldError[] } {
  const schema = courseJsonSchema();
  compiled ??= new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: false,
    allowMatchingProperties: true,
  }).compile(schema);
  if (compiled(data)) {
    const course = data as Course;
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    course.modules.forEach((module, i) => {
      if (seen.has(module.id))
        errors.push({ field: `modules[${i}].id`, message: `"${module.id}" is declared twice` });
      seen.add(module.id);
    });
    return errors.length > 0 ? { ok: false, errors } : { ok: true, course };
  }
  return { ok: false, errors: explainErrors(compiled.errors ?? [], schema, data) };
}

/** The modules of several course files, in file order; a module declared again keeps its first place. */
export function mergeModules(courses: readonly Course[]): CourseModule[] {
  const modules = new Map<string, CourseModule>();
  for (const course of courses)
    for (const module of course.modules)
      if (!modules.has(module.id)) modules.set(module.id, module);
  return [...modules.values()];
}

/** The schema as JSON data (draft-07), `$schema`, `$id`, title and description first. */
export function courseJsonSchema(): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(CourseSchema)) as Record<string, unknown>;
  const { $id, title, description, ...rest } = plain;
  return { $schema: "http://json-schema.org/draft-07/schema#", $id, title, description, ...rest };
}

/** The file text exactly as committed (two-space indent, trailing newline). */
export function courseJsonSchemaText(): string {
  return JSON.stringify(courseJsonSchema(), null, 2) + "\n";
}

/**
 * Rules of format v1 that JSON Schema cannot express, checked after the schema passed:
 * hint references resolve, regular expressions compile, bounds are given and ordered,
 * check ids are unique, Markdown texts use only what the page shows (./markdown-rules.ts). Pure: one exercise in, field errors out (none means valid).
 */
import type { Check, Exercise, HintCondition, RunCheck } from "./format";
import type { FieldError } from "./errors";
import { normaliseExercise } from "./normalise";
import { localizedMarkdownProblems } from "./markdown-rules";
import { patternProblem } from "./regex";

function checkCondition(
  when: HintCondition,
  field: string,
  checkIds: ReadonlySet<string>,
  errors: FieldError[],
): void {
  if (when.within !== undefined && when.near === undefined)
    errors.push({ field: `${field}.within`, message: "needs `near`" });
  for (const key of ["checkPassed", "checkFailed"] as const) {
    const id = when[key];
    if (id !== undefined && !checkIds.has(id))
      errors.push({
        field: `${field}.${key}`,
        message: `names the check "${id}", which has no such id`,
      });
  }
}

function checkBounds(
  check: { min?: number; max?: number; equals?: number },
  field: string,
  errors: FieldError[],
): void {
  if (check.min === undefined && check.max === undefined && check.equals === undefined) {
    errors.push({ field, message: "needs `min`, `max` or `equals`" });
  }
  if (check.equals !== undefined && (check.min !== undefined || check.max !== undefined)) {
    errors.push({ field: `${field}.equals`, message: "cannot be combined with `min` or `max`" });
  }
  if (check.min !== undefined && check.max !== undefined && check.min > check.max) {
    errors.push({ field: `${field}.min`, message: `is larger than max (${check.max})` });
  }
}

interface Known {
  hintIds: ReadonlySet<string>;
  /** Ids of every check, nested ones included, as normalised (given or generated). */
  checkIds: ReadonlySet<string>;
  used: Set<string>;
}

function checkOne(
  check: Check | RunCheck,
  field: string,
  known: Known,
  errors: FieldError[],
): void {
  const { hintIds, used } = known;
  const refer = (id: string, at: string) => {
    used.add(id);
    if (!hintIds.has(id))
      errors.push({
        field: at,
        message: `names the targeted hint "${id}", which is not in targetedHints`,
      });
  };
  if (check.hint !== undefined) refer(check.hint, `${field}.hint`);
  check.hints?.forEach((rule, i) => {
    refer(rule.hint, `${field}.hints[${i}].hint`);
    if (rule.when) checkCondition(rule.when, `${field}.hints[${i}].when`, known.checkIds, errors);
  });
  switch (check.kind) {
    case "output":
      if (check.match === "regex") {
        const problem = patternProblem(check.expected, check.flags);
        if (problem) errors.push({ field: `${field}.expected`, message: problem });
      } else if (check.flags !== undefined) {
        errors.push({ field: `${field}.flags`, message: 'applies only to match "regex"' });
      }
      break;
    case "order":
      if (check.regex) {
        check.sequence.forEach((pattern, i) => {
          const problem = patternProblem(pattern);
          if (problem) errors.push({ field: `${field}.sequence[${i}]`, message: problem });
        });
      }
      break;
    case "error":
      if (check.message !== undefined) {
        const problem = patternProblem(check.message);
        if (problem) errors.push({ field: `${field}.message`, message: problem });
        if (check.type === null)
          errors.push({ field: `${field}.message`, message: "cannot be given when type is null" });
      }
      break;
    case "elapsed":
      if (check.near === undefined && check.min === undefined && check.max === undefined) {
        errors.push({ field, message: "needs `near`, `min` or `max`" });
      }
      if (check.tolerance !== undefined && check.near === undefined)
        errors.push({ field: `${field}.tolerance`, message: "needs `near`" });
      if (check.min !== undefined && check.max !== undefined && check.min > check.max) {
        errors.push({ field: `${field}.min`, message: `is larger than max (${check.max})` });
      }
      break;
    case "peak":
    case "created":
      checkBounds(check, field, errors);
      break;
    case "code":
      if ((check.name === undefined) === (check.construct === undefined)) {
        errors.push({ field, message: "needs exactly one of `name` and `construct`" });
      }
      if (check.call !== undefined && check.name === undefined)
        errors.push({ field: `${field}.call`, message: "applies only with `name`" });
      if (check.min !== undefined && check.rule !== "use")
        errors.push({ field: `${field}.min`, message: 'applies only to rule "use"' });
      break;
    case "schedules":
      check.checks.forEach((inner, i) => checkOne(inner, `${field}.checks[${i}]`, known, errors));
      break;
    default:
      break;
  }
}

/** Every rule of the format beyond the schema. */
export function semanticErrors(exercise: Exercise): FieldError[] {
  const errors: FieldError[] = [];
  const hintIds = new Set(Object.keys(exercise.targetedHints ?? {}));
  const used = new Set<string>();
  const checkIds = new Set(
    normaliseExercise(exercise).checks.flatMap((check) => [
      check.id ?? "",
      ...(check.kind === "schedules" ? check.checks.map((c) => c.id ?? "") : []),
    ]),
  );
  const known: Known = { hintIds, checkIds, used };
  const ids = new Map<string, number>();
  exercise.checks.forEach((check, i) => {
    checkOne(check, `checks[${i}]`, known, errors);
    if (check.id !== undefined) {
      const first = ids.get(check.id);
      if (first !== undefined)
        errors.push({
          field: `checks[${i}].id`,
          message: `"${check.id}" is already the id of checks[${first}]`,
        });
      else ids.set(check.id, i);
    }
  });
  errors.push(...localizedMarkdownProblems(exercise.description, "description"));
  if (exercise.explanation !== undefined)
    errors.push(...localizedMarkdownProblems(exercise.explanation, "explanation"));
  exercise.hints?.forEach((hint, i) =>
    errors.push(...localizedMarkdownProblems(hint, `hints[${i}]`)),
  );
  for (const [id, hint] of Object.entries(exercise.targetedHints ?? {}))
    errors.push(...localizedMarkdownProblems(hint, `targetedHints.${id}`));
  for (const id of hintIds) {
    if (!used.has(id))
      errors.push({
        field: `targetedHints.${id}`,
        message: "is not named by any check, so it can never be shown",
      });
  }
  return errors;
}

/**
 * Turns Ajv's validation errors into messages a person can act on: one message per mistake,
 * naming the JSON field ("checks[2].match") and the reason.
 *
 * Ajv reports every branch of a union (`anyOf`) as failing, which buries the real mistake.
 * We keep only the branch the data was meant for: the one whose `kind` matches for checks,
 * the one whose JSON type matches otherwise, and collapse unions of literals into
 * "must be one of: ...". Pure: errors, schema and data in, messages out.
 */
import type { ErrorObject } from "ajv";

export interface FieldError {
  /** JSON field path, e.g. "checks[2].expected"; "" is the whole document. */
  field: string;
  message: string;
}

type Json = unknown;
type SchemaNode = { [key: string]: unknown };

function decodePointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  return pointer
    .replace(/^#/, "")
    .split("/")
    .slice(1)
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // not URI-encoded: keep as is
      }
      return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
    });
}

function resolve(root: Json, pointer: string): Json {
  let node: Json = root;
  for (const segment of decodePointer(pointer)) {
    if (node !== null && typeof node === "object") node = (node as Record<string, Json>)[segment];
    else return undefined;
  }
  return node;
}

/** "checks/2/expected" -> "checks[2].expected". */
export function fieldPath(segments: readonly string[]): string {
  let out = "";
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

function jsonType(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeMatches(schemaType: unknown, value: Json): boolean {
  const actual = jsonType(value);
  const accepts = (t: unknown) => t === actual || (t === "number" && actual === "integer");
  return Array.isArray(schemaType) ? schemaType.some(accepts) : accepts(schemaType);
}

function describeBranch(branch: SchemaNode): string {
  if (typeof branch.title === "string") return branch.title;
  if ("const" in branch) return JSON.stringify(branch.const);
  return typeof branch.type === "string" ? branch.type : "another form";
}

const kindOf = (branch: SchemaNode): unknown => {
  const properties = branch.properties as Record<string, SchemaNode> | undefined;
  return properties?.kind?.const;
};

interface Replacement {
  instancePath: string;
  message: string;
}

/** Decides what to keep of one failing `anyOf`: a branch index to keep, or a replacement message. */
function pickBranch(
  branches: SchemaNode[],
  data: Json,
  instancePath: string,
): number | Replacement {
  if (branches.every((branch) => "const" in branch)) {
    return {
      instancePath,
      message: `must be one of: ${branches.map((b) => JSON.stringify(b.const)).join(", ")}`,
    };
  }
  const kinds = branches.map(kindOf);
  if (kinds.every((kind) => typeof kind === "string")) {
    const list = kinds.map((kind) => JSON.stringify(kind)).join(", ");
    if (data === null || typeof data !== "object" || Array.isArray(data))
      return { instancePath, message: "must be an object with a kind" };
    const kind = (data as Record<string, Json>).kind;
    if (kind === undefined)
      return { instancePath: `${instancePath}/kind`, message: `is required (one of: ${list})` };
    const index = kinds.findIndex((k) => k === kind);
    return index >= 0
      ? index
      : { instancePath: `${instancePath}/kind`, message: `must be one of: ${list}` };
  }
  const byType = branches.flatMap((branch, index) =>
    typeMatches(branch.type, data) ? [index] : [],
  );
  if (byType.length === 1 && byType[0] !== undefined) return byType[0];
  return { instancePath, message: `must be ${branches.map(describeBranch).join(" or ")}` };
}

function describe(error: ErrorObject): { segments: string[]; message: string } {
  const segments = decodePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { segments: [...segments, String(params.missingProperty)], message: "is required" };
    case "additionalProperties":
      return {
        segments: [...segments, String(params.additionalProperty)],
        message: "is not a field of the format",
      };
    case "const":
      return { segments, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case "pattern":
      return { segments, message: `must match the pattern ${String(params.pattern)}` };
    default:
      return { segments, message: error.message ?? `fails ${error.keyword}` };
  }
}

/** Readable field errors for a failed validation of `data` against `schema`. */
export function explainErrors(
  errors: readonly ErrorObject[],
  schema: Json,
  data: Json,
): FieldError[] {
  const dropped = new Set<ErrorObject>();
  const extra: Replacement[] = [];
  const unions = errors
    .filter((e) => e.keyword === "anyOf")
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const union of unions) {
    if (dropped.has(union)) continue;
    dropped.add(union);
    const inside = errors.filter(
      (e) => e !== union && e.schemaPath.startsWith(`${union.schemaPath}/`),
    );
    const branches = resolve(schema, union.schemaPath);
    if (!Array.isArray(branches)) continue;
    const choice = pickBranch(
      branches as SchemaNode[],
      resolve(data, union.instancePath),
      union.instancePath,
    );
    const keep = typeof choice === "number" ? `${union.schemaPath}/${choice}/` : null;
    for (const e of inside) if (keep === null || !e.schemaPath.startsWith(keep)) dropped.add(e);
    if (typeof choice !== "number") extra.push(choice);
  }
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const push = (segments: string[], message: string) => {
    const field = fieldPath(segments);
    const key = `${field}\u0000${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ field, message });
    }
  };
  for (const e of errors) {
    if (dropped.has(e)) continue;
    const { segments, message } = describe(e);
    push(segments, message);
  }
  for (const r of extra) push(decodePointer(r.instancePath), r.message);
  return out;
}

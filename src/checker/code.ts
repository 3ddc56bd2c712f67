/**
 * Code-shape rules (checks of kind "code") evaluated on the facts ast_facts.py reports.
 * Pure. A name matches itself and its members ("asyncio" matches "asyncio.gather").
 */
import type { CodeCheck } from "../exercises";
import type { CodeFacts, ConstructUse, NameUse } from "./types";

type Use = NameUse | ConstructUse;

function inScope(use: Use, inside: CodeCheck["inside"]): boolean {
  switch (inside) {
    case undefined:
      return true;
    case "loop":
      return use.inLoop;
    case "async-def":
    case "def":
    case "module":
      return use.function === inside;
  }
}

export const nameMatches = (used: string, wanted: string): boolean =>
  used === wanted || used.startsWith(`${wanted}.`);

/** Where the code has what the check looks for (in the check's scope). */
export function occurrences(check: CodeCheck, facts: CodeFacts): Use[] {
  if (check.name !== undefined) {
    const name = check.name;
    return facts.names.filter(
      (use) =>
        nameMatches(use.name, name) && (!check.call || use.call) && inScope(use, check.inside),
    );
  }
  return facts.constructs.filter(
    (use) => use.construct === check.construct && inScope(use, check.inside),
  );
}

/** Whether the code uses `name` anywhere (for hint conditions). */
export function usesName(facts: CodeFacts, name: string): boolean {
  return facts.names.some((use) => nameMatches(use.name, name));
}

/**
 * The regular expressions of the exercise format (output `regex`, `order` with `regex`, an error
 * check's `message`): JavaScript syntax, matched by RE2JS, a linear-time engine.
 *
 * Why not JavaScript's RegExp with a time guard: a backtracking engine can take exponential time
 * (`^(a+)+$` against "aaaa…!" runs for minutes), and the checker has no wall clock by design (it
 * must judge the same run the same way on any machine, so lint bans timers there). A guard would
 * either need a clock or make the verdict depend on the machine's speed. A linear-time engine
 * has no catastrophic case at all: every pattern the format accepts is matched in time
 * proportional to pattern size times text size, on every machine, with the same answer.
 * The price: backreferences (`\1`) and lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`) cannot be
 * matched in linear time and are rejected when the exercise is loaded, with a message that
 * says so. `\s` is RE2's ASCII set (space, \t, \n, \f, \r), not JavaScript's Unicode one.
 * Pure; no DOM, no Node.
 */
import { RE2JS } from "re2js";

/** A compiled pattern: `test` finds a match anywhere in the text, like `RegExp.prototype.test`. */
export interface Pattern {
  test(text: string): boolean;
}

const FLAG_BITS: Record<string, number> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
  // RE2 always matches by code point, which is what `u` asks for.
  u: 0,
};

/** Why `pattern` is not a regular expression of the format, or null when it is. */
export function patternProblem(pattern: string, flags = ""): string | null {
  try {
    compilePattern(pattern, flags);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function unsupportedFeature(pattern: string): string | null {
  // Scan escapes and classes properly enough to tell `\(?=` from `(?=`.
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (!inClass && /[1-9]/.test(next)) return `a backreference (\\${next})`;
      if (!inClass && next === "k" && pattern[i + 2] === "<")
        return "a named backreference (\\k<…>)";
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
    } else if (c === "(" && pattern[i + 1] === "?") {
      const kind = pattern.slice(i + 2, i + 4);
      if (kind.startsWith("=") || kind.startsWith("!")) return "a lookahead ((?= or (?!)";
      if (kind === "<=" || kind === "<!") return "a lookbehind ((?<= or (?<!)";
    }
  }
  return null;
}

/**
 * Compiles a pattern of the format. Throws an Error whose message says what is wrong, phrased to
 * follow a field name ("is not a valid regular expression: …").
 */
export function compilePattern(pattern: string, flags = ""): Pattern {
  let bits = 0;
  for (const flag of flags) {
    const bit = FLAG_BITS[flag];
    if (bit === undefined) throw new Error(`has an unknown regular-expression flag "${flag}"`);
    bits |= bit;
  }
  const feature = unsupportedFeature(pattern);
  if (feature !== null)
    throw new Error(
      `uses ${feature}, which the checker does not support: it matches in linear time so that no pattern can hang a check`,
    );
  try {
    // JavaScript's own parser first, so JavaScript syntax errors read as they do everywhere else.
    new RegExp(pattern, flags);
  } catch (error) {
    throw new Error(`is not a valid regular expression: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    const compiled = RE2JS.compile(RE2JS.translateRegExp(pattern), bits);
    return { test: (text) => compiled.test(text) };
  } catch (error) {
    throw new Error(
      `uses syntax the checker's linear-time engine does not read (write it another way): ${(error as Error).message}`,
      { cause: error },
    );
  }
}

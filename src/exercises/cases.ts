/**
 * Test data kept beside an exercise: `<exercise>.cases/*.py`, each an attempt with a header
 * saying what the checker must make of it:
 *
 *   # expect: fail                      (or "pass": an alternative correct solution)
 *   # expect-hint: sequential-awaits    (targeted hints the verdict must offer; repeatable)
 *   # expect-failing: elapsed, overlap  (check ids that must fail; optional)
 *
 * Header lines are the leading comment block. Content tests (src/checker/content/) run
 * every case; together the cases must fire every targeted hint of the exercise. Pure.
 */

export interface CaseSpec {
  expect: "pass" | "fail";
  hints: string[];
  failing: string[];
}

const list = (value: string) =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** Reads a case's header; throws naming the problem when it is missing or malformed. */
export function parseCaseHeader(text: string): CaseSpec {
  let expect: CaseSpec["expect"] | undefined;
  const hints: string[] = [];
  const failing: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed.startsWith("#")) break;
    const match = /^#\s*(expect|expect-hint|expect-failing):\s*(.*)$/.exec(trimmed);
    if (!match) continue;
    const [, key, value = ""] = match;
    if (key === "expect") {
      if (value.trim() !== "pass" && value.trim() !== "fail")
        throw new Error(`"# expect:" must be pass or fail, not "${value.trim()}"`);
      expect = value.trim() as CaseSpec["expect"];
    } else if (key === "expect-hint") hints.push(...list(value));
    else failing.push(...list(value));
  }
  if (expect === undefined) throw new Error('missing "# expect: pass" or "# expect: fail" header');
  if (expect === "pass" && (hints.length > 0 || failing.length > 0))
    throw new Error("a passing case cannot expect hints or failing checks");
  return { expect, hints, failing };
}

import { describe, expect, it } from "vitest";
import { compilePattern, patternProblem } from "./regex";

/** Patterns of the kinds exercises use, with texts to try them on. */
const PATTERNS: [pattern: string, flags: string][] = [
  ["^took [23]\\.\\d s$", "m"],
  ["elapsed: \\d+\\.\\d{2} s", ""],
  ["^(?<who>worker-\\d+) done$", "m"],
  ["\\bcounter = 40000\\b", ""],
  ["a\\/b", ""],
  ["\\u0041\\x42", ""],
  ["[^\\]]+\\]", ""],
  ["(?:start|stop) [a-c]{2,}", "i"],
  ["first.second", "s"],
  ["first.second", ""],
  ["^$", ""],
  ["Task exception was never retrieved", ""],
  ["\\p{Lu}\\p{Ll}+", "u"],
  ["\\d+$", ""],
];
const TEXTS = [
  "x\ntook 2.9 s\n",
  "TOOK 3.0 s",
  "elapsed: 3.01 s\n",
  "worker-1 done\nworker-12 done\n",
  "counter = 40000\n",
  "counter = 400001",
  "a/b AB ok]",
  "START abc stop ab",
  "first\nsecond",
  "",
  "Привет Мир",
  "line 12\n",
];

describe("compilePattern", () => {
  it("answers as JavaScript's RegExp does for the patterns exercises use", () => {
    for (const [pattern, flags] of PATTERNS) {
      const ours = compilePattern(pattern, flags);
      for (const text of TEXTS) {
        expect(ours.test(text), `/${pattern}/${flags} on ${JSON.stringify(text)}`).toBe(
          new RegExp(pattern, flags).test(text),
        );
      }
    }
  });

  it("matches catastrophic patterns in linear time, with the right answer", () => {
    // Each of these takes minutes to centuries in a backtracking engine on this input.
    const text = `${"a".repeat(50_000)}!`;
    expect(compilePattern("^(a+)+$").test(text)).toBe(false);
    expect(compilePattern("^(a|a)*$").test(text)).toBe(false);
    expect(compilePattern("^(a|aa)+$").test(text)).toBe(false);
    expect(compilePattern("(.*a){20}!").test(text)).toBe(true);
    expect(compilePattern("^(a+)+!$").test(text)).toBe(true);
  });

  it("rejects backreferences and lookaround, saying why", () => {
    for (const pattern of ["(a)\\1", "(?<x>a)\\k<x>", "a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b"]) {
      expect(patternProblem(pattern), pattern).toMatch(/which the checker does not support/);
    }
    // Escaped or inside a class, the same characters are plain text.
    expect(patternProblem("\\(?=")).toBeNull();
    expect(patternProblem("[(?=]")).toBeNull();
  });

  it("reports invalid syntax and unknown flags", () => {
    expect(patternProblem("(")).toMatch(/^is not a valid regular expression: /);
    expect(patternProblem("a", "g")).toBe('has an unknown regular-expression flag "g"');
    expect(() => compilePattern("[")).toThrow(/is not a valid regular expression/);
  });
});

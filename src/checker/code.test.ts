import { describe, expect, it } from "vitest";
import type { CodeCheck } from "../exercises";
import { occurrences, usesName } from "./code";
import type { CodeFacts, NameUse } from "./types";

const use = (name: string, line: number, extra: Partial<NameUse> = {}): NameUse => ({
  name,
  line,
  col: 0,
  call: true,
  function: "module",
  inLoop: false,
  ...extra,
});

const facts: CodeFacts = {
  names: [
    use("asyncio.gather", 10, { function: "async-def" }),
    use("time.sleep", 4, { function: "async-def" }),
    use("time.sleep", 8, { function: "def", inLoop: true }),
    use("threading.Thread", 12, { call: false }),
  ],
  constructs: [{ construct: "await", line: 5, col: 4, function: "async-def", inLoop: true }],
  functions: [],
  syntaxError: null,
};

const check = (fields: Partial<CodeCheck>): CodeCheck => ({ kind: "code", rule: "use", ...fields });

describe("occurrences", () => {
  it("matches a name and the members of a module", () => {
    expect(occurrences(check({ name: "asyncio.gather" }), facts).map((u) => u.line)).toEqual([10]);
    expect(occurrences(check({ name: "time" }), facts)).toHaveLength(2);
    expect(occurrences(check({ name: "asyncio.gat" }), facts)).toHaveLength(0);
  });

  it("restricts to a scope", () => {
    expect(
      occurrences(check({ name: "time.sleep", inside: "async-def" }), facts).map((u) => u.line),
    ).toEqual([4]);
    expect(
      occurrences(check({ name: "time.sleep", inside: "loop" }), facts).map((u) => u.line),
    ).toEqual([8]);
    expect(occurrences(check({ name: "time.sleep", inside: "module" }), facts)).toHaveLength(0);
  });

  it("can require a call", () => {
    expect(occurrences(check({ name: "threading.Thread", call: true }), facts)).toHaveLength(0);
    expect(occurrences(check({ name: "threading.Thread" }), facts)).toHaveLength(1);
  });

  it("finds constructs", () => {
    expect(occurrences(check({ construct: "await", inside: "loop" }), facts)).toHaveLength(1);
    expect(occurrences(check({ construct: "lambda" }), facts)).toHaveLength(0);
  });
});

describe("usesName", () => {
  it("looks anywhere in the code", () => {
    expect(usesName(facts, "threading.Thread")).toBe(true);
    expect(usesName(facts, "multiprocessing")).toBe(false);
  });
});

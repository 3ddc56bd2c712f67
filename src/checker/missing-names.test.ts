import { describe, expect, it } from "vitest";
import { missingNames } from "./python";
import type { TestOutcome } from "./types";

const failed = (name: string, message: string): TestOutcome => ({
  name,
  passed: false,
  message,
  doc: null,
});

describe("missingNames", () => {
  const tests =
    "def test_a():\n    InOrder().first(print)\n\ndef test_b():\n    assert area(2) == 4\n";

  it("names what the tests use and the program does not define, once each", () => {
    const outcomes = [
      failed("test_a", "NameError: name 'InOrder' is not defined"),
      failed("test_c", "NameError: name 'InOrder' is not defined"),
      failed("test_b", "NameError: name 'area' is not defined"),
    ];
    expect(missingNames(outcomes, tests)).toEqual(["InOrder", "area"]);
  });

  it("ignores NameErrors raised inside the learner's own code for names the tests never use", () => {
    const outcomes = [failed("test_b", "NameError: name 'widht' is not defined")];
    expect(missingNames(outcomes, tests)).toEqual([]);
  });

  it("does not match a name only as part of a longer name or an attribute", () => {
    const code = "def test_x():\n    assert areas() and math.area\n";
    expect(missingNames([failed("test_x", "NameError: name 'area' is not defined")], code)).toEqual(
      [],
    );
  });

  it("ignores passing tests, other errors and tests that did not run", () => {
    expect(missingNames(null, tests)).toEqual([]);
    expect(missingNames([failed("test_a", "AssertionError: InOrder")], tests)).toEqual([]);
    expect(
      missingNames(
        [
          {
            name: "test_a",
            passed: true,
            message: "NameError: name 'InOrder' is not defined",
            doc: null,
          },
        ],
        tests,
      ),
    ).toEqual([]);
  });
});

/**
 * The checks of exercise format v1 (one TypeBox schema per `kind`) and the targeted-hint rules
 * attached to them. Part of the single definition in ./format; descriptions document semantics
 * that ./semantic enforces beyond the schema.
 */
import { Type, type Static } from "@sinclair/typebox";
import { id, int, localized, num, opt } from "./format-parts";

export const Condition = Type.Object(
  {
    near: opt(
      num(
        "Holds when the check's actual number (elapsed seconds, a count, a duration, an exit code) is within `within` of this value.",
      ),
    ),
    within: opt(
      num("Tolerance for `near`, in the same unit (default: 5 % of |near|, at least 0.01).", {
        minimum: 0,
      }),
    ),
    below: opt(num("Holds when the check's actual number is strictly below this value.")),
    above: opt(num("Holds when the check's actual number is strictly above this value.")),
    equals: opt(
      Type.Union([Type.String(), Type.Number(), Type.Boolean()], {
        description:
          "Holds when the check's actual value (number, boolean, or the exception type name) equals this.",
      }),
    ),
    stdoutContains: opt(
      Type.String({ description: "Holds when the program's standard output contains this text." }),
    ),
    errorType: opt(
      Type.String({
        description:
          'Holds when the program ended with an exception of this type (e.g. "RuntimeError", "Deadlock").',
      }),
    ),
    loopBlocked: opt(
      Type.Boolean({
        description: "Holds when whether a task blocked the asyncio event loop equals this.",
      }),
    ),
    deadlock: opt(
      Type.Boolean({ description: "Holds when whether the run deadlocked equals this." }),
    ),
    uses: opt(
      Type.String({
        description:
          'Holds when the code uses this dotted name (resolved through imports), e.g. "time.sleep".',
      }),
    ),
    failedTest: opt(
      Type.String({
        description:
          'Holds when the exercise\'s test function of this name failed (checks of kind "tests").',
      }),
    ),
    checkPassed: opt(
      Type.String({
        description:
          'Holds when the check with this id passed, e.g. "three-threads" (so a hint applies only once the basics are right).',
      }),
    ),
    checkFailed: opt(Type.String({ description: "Holds when the check with this id failed." })),
  },
  {
    additionalProperties: false,
    description:
      "When a targeted hint applies. Every condition given must hold; an empty object always holds.",
  },
);

export const HintRule = Type.Object(
  {
    hint: id("Id of a targeted hint (a key of `targetedHints`)."),
    when: opt(Condition),
  },
  {
    additionalProperties: false,
    description: "A targeted hint shown when this check fails and `when` holds.",
  },
);

/** Fields every check has. */
const common = {
  id: opt(
    id(
      'Names the check in verdicts and reports (default: its kind and position, e.g. "elapsed-2").',
    ),
  ),
  title: opt(
    localized(
      "What this check verifies, shown in the verdict (default: generated from the check).",
    ),
  ),
  hint: opt(
    id(
      "Targeted hint shown when this check fails and no rule in `hints` applies (a key of `targetedHints`).",
    ),
  ),
  hints: opt(
    Type.Array(HintRule, {
      description:
        "Targeted hints for this check, tried in order when it fails: the first whose `when` holds is shown.",
    }),
  ),
};

const lane = (description: string) =>
  Type.Union([Type.Literal("task"), Type.Literal("thread"), Type.Literal("process")], {
    description,
  });
const bounds = {
  min: opt(num("Smallest passing value (inclusive).")),
  max: opt(num("Largest passing value (inclusive).")),
  equals: opt(num("The only passing value.")),
};
const stream = opt(
  Type.Union([Type.Literal("stdout"), Type.Literal("stderr")], {
    description: "Which output to read (default stdout).",
  }),
);

const OutputCheck = Type.Object(
  {
    kind: Type.Literal("output", { description: "Compare what the program printed." }),
    ...common,
    stream,
    match: Type.Union(
      [
        Type.Literal("exact"),
        Type.Literal("normalised"),
        Type.Literal("contains"),
        Type.Literal("not-contains"),
        Type.Literal("regex"),
        Type.Literal("lines-unordered"),
      ],
      {
        description:
          "exact: byte for byte. normalised: ignoring spaces at either end of a line, runs of spaces/tabs, CRLF and blank lines at either end. " +
          "contains / not-contains: the text appears / does not appear. regex: a regular expression matches somewhere (JavaScript syntax, matched in linear time: no backreferences or lookaround). " +
          "lines-unordered: the same lines (normalised) in any order.",
      },
    ),
    expected: Type.String({
      description: 'Expected text, or the regular expression for match "regex".',
    }),
    flags: opt(
      Type.String({
        pattern: "^[imsu]*$",
        description: 'Regular-expression flags for match "regex" (i, m, s, u).',
      }),
    ),
  },
  { additionalProperties: false, description: "Checks the printed output." },
);

const OrderCheck = Type.Object(
  {
    kind: Type.Literal("order", { description: "Check the order of output lines." }),
    ...common,
    stream,
    sequence: Type.Array(Type.String(), {
      minItems: 2,
      description:
        "Line patterns in the order they must appear: every line matching an earlier pattern comes before every line matching a later one, " +
        'and each pattern matches at least one line. E.g. ["start", "done"] means all starts happen before any finish.',
    }),
    regex: opt(
      Type.Boolean({
        description:
          "Treat the patterns as regular expressions (JavaScript syntax, matched in linear time: no backreferences or lookaround; default: plain substrings).",
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Checks that output lines come in an order ("line A before line B").',
  },
);

const ExitCheck = Type.Object(
  {
    kind: Type.Literal("exit", { description: "Check the exit status." }),
    ...common,
    code: int("Expected exit status: 0 on success, 1 on an uncaught exception, n for sys.exit(n)."),
  },
  { additionalProperties: false, description: "Checks how the program exited." },
);

const ErrorCheck = Type.Object(
  {
    kind: Type.Literal("error", { description: "Check the exception that ended the run." }),
    ...common,
    type: Type.Union([Type.String({ minLength: 1 }), Type.Null()], {
      description: 'Expected exception type name (e.g. "ValueError"), or null for "no exception".',
    }),
    message: opt(
      Type.String({
        description:
          "A regular expression the exception message must match (JavaScript syntax, matched in linear time: no backreferences or lookaround).",
      }),
    ),
  },
  { additionalProperties: false, description: "Checks the exception type (or its absence)." },
);

const ElapsedCheck = Type.Object(
  {
    kind: Type.Literal("elapsed", { description: "Check the virtual time the run took." }),
    ...common,
    near: opt(
      num(
        "Expected virtual seconds; passes within `tolerance` of it. E.g. 2.0 for three concurrent 2-second sleeps.",
        { minimum: 0 },
      ),
    ),
    tolerance: opt(
      num("Relative tolerance for `near` (default 0.05, i.e. ± 5 %).", { minimum: 0 }),
    ),
    min: opt(num("Fewest virtual seconds allowed (inclusive).", { minimum: 0 })),
    max: opt(num("Most virtual seconds allowed (inclusive).", { minimum: 0 })),
  },
  {
    additionalProperties: false,
    description: "Checks elapsed virtual time. Give `near`, or `min` and/or `max`.",
  },
);

const PeakCheck = Type.Object(
  {
    kind: Type.Literal("peak", { description: "Check peak concurrency from the trace." }),
    ...common,
    lane: lane("Which lanes to count: asyncio tasks, threads or processes."),
    blocked: opt(
      Type.Array(Type.String(), {
        description:
          'Count only lanes blocked for one of these reasons (e.g. ["sleep", "network"]); omit to count every started, unfinished lane.',
      }),
    ),
    ...bounds,
  },
  {
    additionalProperties: false,
    description:
      "Checks the largest number of lanes alive (or blocked for a reason) at the same moment. Give `min`, `max` or `equals`.",
  },
);

const CreatedCheck = Type.Object(
  {
    kind: Type.Literal("created", { description: "Check how many lanes the program created." }),
    ...common,
    lane: lane("Which lanes to count; the main thread and main process are not counted."),
    ...bounds,
  },
  {
    additionalProperties: false,
    description:
      "Checks the number of tasks, threads or processes created. Give `min`, `max` or `equals`.",
  },
);

const LoopBlockedCheck = Type.Object(
  {
    kind: Type.Literal("loop-blocked", {
      description: "Check whether a task blocked the asyncio event loop.",
    }),
    ...common,
    allowed: opt(
      num(
        "Longest time, in virtual seconds, a task may hold the loop without awaiting (default 0: never).",
        { minimum: 0 },
      ),
    ),
    expected: opt(
      Type.Boolean({
        description:
          "true: the loop must be blocked longer than `allowed` (for demonstrations). Default false.",
      }),
    ),
  },
  {
    additionalProperties: false,
    description: "Checks for synchronous calls (e.g. time.sleep) that stall the event loop.",
  },
);

const DeadlockCheck = Type.Object(
  {
    kind: Type.Literal("deadlock", { description: "Check whether the run deadlocked." }),
    ...common,
    expected: Type.Boolean({ description: "Whether a deadlock is expected." }),
  },
  {
    additionalProperties: false,
    description: "Checks for a deadlock (nothing can run and nothing is pending).",
  },
);

const TestsCheck = Type.Object(
  {
    kind: Type.Literal("tests", { description: "Run the exercise's Python test functions." }),
    ...common,
    code: Type.String({
      description:
        "Python source defining test functions (names starting with test_, plain or async), run after the learner's program in its namespace, " +
        "on the virtual clock, in definition order. A test fails by raising (e.g. a failed assert; its message is shown).",
    }),
  },
  {
    additionalProperties: false,
    description: "Calls the learner's functions from test functions the exercise provides.",
  },
);

const RunChecks = [
  OutputCheck,
  OrderCheck,
  ExitCheck,
  ErrorCheck,
  ElapsedCheck,
  PeakCheck,
  CreatedCheck,
  LoopBlockedCheck,
  DeadlockCheck,
  TestsCheck,
];

export const SchedulesCheck = Type.Object(
  {
    kind: Type.Literal("schedules", {
      description: "Repeat checks under several thread schedules.",
    }),
    ...common,
    count: int(
      "How many seeded schedules to run: the exercise's seed and count-1 seeds derived from it.",
      { minimum: 2, maximum: 50 },
    ),
    checks: Type.Array(
      Type.Union(RunChecks, {
        description: "A check run on every schedule (any kind but code and schedules).",
      }),
      {
        minItems: 1,
        description:
          "Checks that must pass on every schedule. The verdict names the first seed that fails.",
      },
    ),
  },
  {
    additionalProperties: false,
    description: "All of N seeded schedules must pass: proves code is free of races, not lucky.",
  },
);

export const CodeCheck = Type.Object(
  {
    kind: Type.Literal("code", { description: "Check the shape of the code (its syntax tree)." }),
    ...common,
    rule: Type.Union([Type.Literal("use"), Type.Literal("avoid")], {
      description: "use: must appear; avoid: must not appear.",
    }),
    name: opt(
      Type.String({
        description:
          'A dotted name resolved through imports ("asyncio.gather" matches `from asyncio import gather` too); a module name matches all its members.',
      }),
    ),
    construct: opt(
      Type.Union(
        [
          Type.Literal("async-def"),
          Type.Literal("def"),
          Type.Literal("await"),
          Type.Literal("async-with"),
          Type.Literal("async-for"),
          Type.Literal("with"),
          Type.Literal("for"),
          Type.Literal("while"),
          Type.Literal("comprehension"),
          Type.Literal("lambda"),
          Type.Literal("global"),
          Type.Literal("nonlocal"),
          Type.Literal("class"),
          Type.Literal("try"),
          Type.Literal("yield"),
        ],
        { description: "A syntax construct. Give either `name` or `construct`." },
      ),
    ),
    call: opt(
      Type.Boolean({
        description: "With `name`: count only calls of it, e.g. threading.Thread(...).",
      }),
    ),
    inside: opt(
      Type.Union(
        [
          Type.Literal("async-def"),
          Type.Literal("def"),
          Type.Literal("loop"),
          Type.Literal("module"),
        ],
        {
          description:
            "Count only occurrences inside: async-def / def (the innermost function is async / plain), loop (a for, while or comprehension " +
            "within the same function), module (not in any function). E.g. avoid time.sleep inside async-def.",
        },
      ),
    ),
    min: opt(int("With rule use: the fewest occurrences required (default 1).", { minimum: 1 })),
  },
  {
    additionalProperties: false,
    description: "Checks that a name or construct is used or avoided, optionally only in a scope.",
  },
);

export const CheckSchema = Type.Union([...RunChecks, SchedulesCheck, CodeCheck], {
  description: "One check; `kind` says which. The exercise passes when every check passes.",
});

export type Check = Static<typeof CheckSchema>;
export type CheckKind = Check["kind"];
export type SchedulesCheck = Static<typeof SchedulesCheck>;
export type RunCheck = SchedulesCheck["checks"][number];
export type CodeCheck = Static<typeof CodeCheck>;
export type HintRule = Static<typeof HintRule>;
export type HintCondition = Static<typeof Condition>;

/**
 * The run contract, v1: what a host asks the Python runtime to run and what comes back.
 *
 * Written with TypeBox, like the exercise format, so that the TypeScript types (`Static<...>`),
 * the decoder of every run result (./decode) and the published JSON Schema
 * (schema/run.v1.schema.json, which documents `interleave run --json`) come from one source.
 * The names inside (reasons, stop kinds, event kinds) come from ./names, which also generates the
 * runtime's Python constants. Every field carries a description.
 */
import { Type, type Static, type TSchema } from "@sinclair/typebox";
import {
  BLOCK_REASON_INFO,
  BLOCK_REASONS,
  LANE_KINDS,
  RUN_DEFAULTS,
  SETUP_ERROR_TYPE,
  STOP_KIND_INFO,
  STOP_KINDS,
  STREAMS,
  type BlockReason,
  type EventKind,
  type StopKind,
} from "./names";

export const RUN_SCHEMA_ID = "https://interleave.dev/schema/run.v1.json";
export const RUN_CONTRACT_VERSION = 1;

const opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const str = (description: string) => Type.String({ description });
const num = (description: string, options: { minimum?: number; exclusiveMinimum?: number } = {}) =>
  Type.Number({ ...options, description });
const int = (description: string, options: { minimum?: number; maximum?: number } = {}) =>
  Type.Integer({ ...options, description });
const nullable = <T extends TSchema>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description });

/** One rule set for endpoints: the exercise format and the run request both use this schema. */
export const EndpointSchema = Type.Object(
  {
    method: opt(
      Type.String({
        pattern: "^[A-Za-z]+$",
        description: "HTTP method, letters only (default: any method). Compared in upper case.",
      }),
    ),
    host: opt(
      Type.String({
        pattern: "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$",
        description: 'Host name such as "api.example.com" (default: any host).',
      }),
    ),
    path: Type.String({
      pattern: "^/",
      description: "Path, starting with /; a {name} segment matches any one segment.",
    }),
    status: opt(int("HTTP status (default 200).", { minimum: 100, maximum: 599 })),
    body: opt(
      Type.Unknown({
        description: "Response body: a string is sent as text, anything else as JSON.",
      }),
    ),
    headers: opt(
      Type.Record(Type.String(), str("Header value, keyed by header name."), {
        description: "Response headers.",
        additionalProperties: false,
      }),
    ),
    latency: opt(
      num(
        "Virtual seconds the response takes, round trip included (default: the network's base round trip).",
        { minimum: 0 },
      ),
    ),
  },
  { additionalProperties: false, description: "An endpoint on the simulated network." },
);

export const FilesSchema = Type.Record(Type.String(), str("The file's text, keyed by its path."), {
  description: "Files created in the working directory before the run (path -> text).",
  additionalProperties: false,
});

/**
 * The settings an exercise may also set (its `run` object), each a new schema per use; the
 * descriptions state the defaults from ./names, so the exercise schema documents the same ones.
 * `more` adds a sentence for that use.
 */
export const runSettingFields = {
  seed: (more = "") =>
    int(`Seed for thread preemption and network jitter (default ${RUN_DEFAULTS.seed}).${more}`, {
      minimum: 0,
    }),
  cpuCount: (more = "") =>
    int(`Virtual cores; os.cpu_count() reports it (default ${RUN_DEFAULTS.cpuCount}).${more}`, {
      minimum: 1,
      maximum: 64,
    }),
  virtualTimeLimit: (more = "") =>
    num(
      `Stop the run when virtual time passes this many seconds (default ${RUN_DEFAULTS.virtualTimeLimit}).${more}`,
      { exclusiveMinimum: 0 },
    ),
  stepLimit: (more = "") =>
    int(
      `Stop the run after this many lines of learner code have run, an endless loop (default ${RUN_DEFAULTS.stepLimit}).${more}`,
      { minimum: 1 },
    ),
  outputLimit: (more = "") =>
    int(
      `Stop the run when it has printed more than this many characters (default ${RUN_DEFAULTS.outputLimit}).${more}`,
      { minimum: 1 },
    ),
};

/** How one exploring run chooses its schedule (the schedule itself is the run's seed). */
export const ExploreOptionsSchema = Type.Object(
  {
    depth: int("Priority change points in this schedule (PCT's depth minus one).", {
      minimum: 0,
    }),
    steps: int(
      "Expected number of contended scheduling points (the previous schedule's `steps`); change points are drawn from 1..steps.",
      { minimum: 1 },
    ),
    record: opt(
      Type.Boolean({
        description:
          "Record the accesses to shared data and explain the first conflict (`explore.race` of the result).",
      }),
    ),
    timing: opt(
      Type.Union([Type.Literal("jitter"), Type.Literal("late"), Type.Literal("skew")], {
        description:
          "How wake-ups are late in this schedule: each by its own random amount (`jitter`, the default), all by the most (`late`), or each thread by its own share (`skew`).",
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      "Explore schedules (the checker's `schedules` checks, `interleave explore`): a scheduling point at every access to shared data in learner code, PCT thread priorities, jittered wake-ups. A plain run has none and switches threads only where CPython does.",
  },
);

const RaceStepSchema = Type.Object(
  {
    thread: str("The thread's name."),
    lane: int("The thread's lane."),
    line: nullable(int("Line in the learner's file."), "Line in the learner's file, if known."),
    op: Type.Union(
      [
        Type.Literal("read"),
        Type.Literal("write"),
        Type.Literal("test"),
        Type.Literal("enter"),
        Type.Literal("call"),
      ],
      {
        description:
          'read / write of shared data, "test" an if/while condition (value: its truth), "enter" a with statement (before taking its lock), "call" a method (after it returned).',
      },
    ),
    text: str('The source text accessed, e.g. "counter", "self.n", "cache[key]".'),
    value: nullable(
      str('The value read or written, as Python shows it ("41", "<Config object #2>").'),
      "The value read or written; null for enter and call.",
    ),
    check: Type.Boolean({ description: "Whether the read is the test of an if or while." }),
    t: num("Virtual time of the access (seconds).", { minimum: 0 }),
  },
  { additionalProperties: false, description: "One access to shared data in a recorded run." },
);

const RaceCycleLinkSchema = Type.Object(
  {
    thread: str("The waiting thread."),
    lane: int("Its lane."),
    waitsFor: str("What it waits for."),
    heldBy: nullable(str("Who holds it."), "Who holds it, if anyone."),
    line: nullable(int("Where it waits."), "Line where it waits, if known."),
  },
  { additionalProperties: false, description: "One link of a deadlock cycle." },
);

export const RaceReportSchema = Type.Object(
  {
    kind: Type.Union(
      [
        Type.Literal("lost-update"),
        Type.Literal("check-then-act"),
        Type.Literal("torn-read"),
        Type.Literal("deadlock"),
        Type.Literal("none"),
      ],
      {
        description:
          "lost-update: a thread wrote back a value computed from a read another thread's write had made stale. check-then-act: the same, where the read was an if/while test. torn-read: a thread read one location after another thread's update and a second one before its next. deadlock: the run deadlocked. none: no conflict recorded (a timing difference).",
      },
    ),
    location: nullable(str("Source text of the conflicting location."), "The location, if any."),
    steps: Type.Array(RaceStepSchema, {
      description: "The accesses around the conflict (at most 80), in the order they happened.",
    }),
    conflict: Type.Array(int("An index into `steps`.", { minimum: 0 }), {
      description: "The conflicting accesses, in order.",
    }),
    cycle: opt(Type.Array(RaceCycleLinkSchema, { description: "For a deadlock: the cycle." })),
  },
  {
    additionalProperties: false,
    description: "The first conflict of a recorded exploring run, and the accesses around it.",
  },
);

export const ExploreResultSchema = Type.Object(
  {
    steps: int("Scheduling points reached while another thread was ready.", { minimum: 0 }),
    race: opt(RaceReportSchema),
  },
  { additionalProperties: false, description: "Present when the request explored schedules." },
);

export const RunRequestSchema = Type.Object(
  {
    code: str("The learner's program, run as __main__."),
    filename: opt(
      Type.String({
        minLength: 1,
        description: `File name shown in tracebacks and deadlock reports (default "${RUN_DEFAULTS.filename}").`,
      }),
    ),
    seed: opt(runSettingFields.seed()),
    cpuCount: opt(runSettingFields.cpuCount()),
    virtualTimeLimit: opt(runSettingFields.virtualTimeLimit()),
    stepLimit: opt(runSettingFields.stepLimit()),
    outputLimit: opt(runSettingFields.outputLimit()),
    endpoints: opt(
      Type.Array(EndpointSchema, {
        description: "Endpoints declared on the simulated network.",
      }),
    ),
    files: opt(FilesSchema),
    tests: opt(
      str(
        "Source of an exercise's test functions (def test_...), run after the program in its namespace, still on the virtual clock, by the runtime's own harness (which the program cannot replace); their outcomes go to `reports.tests`, which nothing else can write.",
      ),
    ),
    explore: opt(ExploreOptionsSchema),
    programResult: opt(
      Type.Boolean({
        description:
          "Also return the program's own result (`program` of the result), as the same request without `tests` would have returned it: the checker then makes one run for the program and its tests.",
      }),
    ),
  },
  { additionalProperties: false, description: "What to run and how." },
);

/** Every key a run request may have, in schema order (the runtime reads the same names). */
export const RUN_REQUEST_KEYS = Object.keys(RunRequestSchema.properties);

const described = <K extends string>(
  info: Record<K, string>,
  keys: readonly K[],
  description: string,
) =>
  Type.Union(
    keys.map((key) => Type.Literal(key, { description: info[key] })),
    { description },
  );

export const BlockReasonSchema = described<BlockReason>(
  BLOCK_REASON_INFO,
  BLOCK_REASONS,
  "Why the lane waits.",
);
export const StopKindSchema = described<StopKind>(
  STOP_KIND_INFO,
  STOP_KINDS,
  "Why the runtime stopped the run.",
);

const t = () => num("Virtual time in seconds.", { minimum: 0 });
const lane = () => int("The lane's id.", { minimum: 1 });
const detail = (description: string) => opt(str(description));

const event = <K extends EventKind, P extends Record<string, TSchema>>(
  kind: K,
  description: string,
  fields: P,
) =>
  Type.Object(
    {
      t: t(),
      kind: Type.Literal(kind, { description: "The event's kind." }),
      lane: lane(),
      ...fields,
    },
    { additionalProperties: false, description },
  );

export const TraceEventSchema = Type.Union(
  [
    event("start", "The lane began.", {}),
    event("run", "The lane got the CPU (a task: the event loop).", {}),
    event("block", "The lane waits.", {
      reason: BlockReasonSchema,
      detail: detail('On what, e.g. "Lock at line 12" or "GET https://example.com/delay/2".'),
    }),
    event("wake", "What the lane waited for happened; it is ready to run.", {}),
    event("finish", "The lane ended.", {
      error: detail("The exception type that ended it, if one did."),
    }),
    event("print", "A chunk of output written by the lane.", {
      stream: Type.Union(
        STREAMS.map((s) => Type.Literal(s)),
        { description: "Which stream." },
      ),
      text: str("The text written."),
    }),
    event(
      "loop-blocked",
      "An asyncio task held the event loop without awaiting (e.g. time.sleep inside async def).",
      {
        duration: num("Virtual seconds the loop was held.", { minimum: 0 }),
        detail: detail("The blocking call, when known."),
      },
    ),
  ],
  { description: "Something that happened on a lane at virtual time t." },
);

export const LaneSchema = Type.Object(
  {
    id: lane(),
    kind: Type.Union(
      LANE_KINDS.map((k) => Type.Literal(k)),
      { description: "A process, a thread or an asyncio task." },
    ),
    name: str("Its name, e.g. MainThread, Thread-1, Task-2, Process-1."),
    parent: nullable(lane(), "The lane that created it (null for the main process)."),
    process: int("The process lane it belongs to (a process lane names itself).", { minimum: 1 }),
  },
  {
    additionalProperties: false,
    description: "One process, thread or asyncio task: a row of the timeline.",
  },
);

export const TraceSchema = Type.Object(
  {
    version: Type.Literal(RUN_CONTRACT_VERSION, { description: "Trace format version." }),
    lanes: Type.Array(LaneSchema, { description: "Every lane, by id (ids start at 1)." }),
    events: Type.Array(TraceEventSchema, {
      description: "In the order they happened; t never decreases.",
    }),
    truncated: Type.Boolean({
      description: "True when the event list was cut short to keep its size bounded.",
    }),
  },
  { additionalProperties: false, description: "Everything that happened, lane by lane." },
);

export const RunErrorSchema = Type.Object(
  {
    type: str(
      `The exception type, e.g. "ZeroDivisionError", or the runtime's own: a stop kind (${STOP_KINDS.join(", ")}) or "${SETUP_ERROR_TYPE}".`,
    ),
    message: str("The exception's message."),
    line: nullable(
      int("A line number."),
      "Line in the learner's file where it was raised, if any.",
    ),
    traceback: str("The traceback as CPython prints it, the runtime's frames removed."),
  },
  { additionalProperties: false, description: "Why the run failed." },
);

export const DeadlockReportSchema = Type.Object(
  {
    message: str(
      'Human-readable, several lines, e.g. "Thread-1 waits for Lock A held by Thread-2".',
    ),
    waiters: Type.Array(
      Type.Object(
        {
          lane: lane(),
          name: str("The waiting lane's name (Process-1/Thread-2 outside the main process)."),
          waitsFor: str("What it waits for, with the learner's name for it when known."),
          heldBy: nullable(str("A lane name."), "Who holds it, when that is known."),
          line: nullable(int("A line number."), "The learner's line where it waits."),
        },
        { additionalProperties: false, description: "One waiting lane." },
      ),
      { description: "Every waiting lane." },
    ),
  },
  { additionalProperties: false, description: "Who waits for what when a run deadlocks." },
);

/** What every run result holds: the program's run, start to end. */
const runOutcomeFields = {
  stdout: str("Everything printed to stdout."),
  stderr: str("Everything printed to stderr, tracebacks and the runtime's notes included."),
  exitCode: int(
    "0 on success, 1 on an uncaught exception, deadlock or limit; sys.exit(n) gives n.",
  ),
  elapsed: num("Virtual seconds from the start of the run to its end.", { minimum: 0 }),
  error: nullable(RunErrorSchema, "Why the run failed, or null."),
  trace: TraceSchema,
  deadlock: nullable(
    DeadlockReportSchema,
    "Set when the run stopped because nothing could ever run again.",
  ),
  reports: Type.Record(Type.String(), Type.Unknown({ description: "A reported value." }), {
    description: "Values reported by interleave.report(key, value) (the checker's test code).",
  }),
  seed: int("The seed actually used."),
};

export const ProgramResultSchema = Type.Object(runOutcomeFields, {
  additionalProperties: false,
  description:
    "The program's own run, as the request without `tests` would have returned it, taken when the tests were about to start.",
});

export const RunResultSchema = Type.Object(
  {
    ...runOutcomeFields,
    explore: opt(ExploreResultSchema),
    program: opt(
      nullable(
        ProgramResultSchema,
        "With `programResult`: the program's own result; null when the interpreter's shutdown after the program could still have changed it (a thread still running, an exit function, an object that runs code when freed), so that it must be run alone.",
      ),
    ),
  },
  {
    $id: RUN_SCHEMA_ID,
    title: "Interleave run result (contract v1)",
    description:
      "One run of a program on the virtual clock, as printed by `interleave run --json` and returned to the page. `definitions` also holds the request.",
    additionalProperties: false,
  },
);

export type EndpointSpec = Static<typeof EndpointSchema>;
export type RunRequest = Static<typeof RunRequestSchema>;
export type TraceEvent = Static<typeof TraceEventSchema>;
export type Lane = Static<typeof LaneSchema>;
export type Trace = Static<typeof TraceSchema>;
export type RunError = Static<typeof RunErrorSchema>;
export type DeadlockReport = Static<typeof DeadlockReportSchema>;
export type RunResult = Static<typeof RunResultSchema>;
export type ExploreOptions = Static<typeof ExploreOptionsSchema>;
export type ExploreResult = Static<typeof ExploreResultSchema>;
export type RaceReport = Static<typeof RaceReportSchema>;
export type RaceStep = Static<typeof RaceStepSchema>;

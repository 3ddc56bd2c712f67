/**
 * The text of runtime/interleave/contract.py: the contract's names as Python constants, so the
 * runtime writes exactly the strings the page reads. Written by scripts/gen-contract.ts;
 * ./generated.test.ts fails when the committed file differs from this text.
 */
import {
  BLOCK_REASONS,
  DEADLOCK_KEYS,
  EVENT_KINDS,
  LANE_KINDS,
  REPORT_KEYS,
  RUN_DEFAULTS,
  SETUP_ERROR_TYPE,
  STOP_KINDS,
  STREAMS,
  WAITER_KEYS,
} from "./names";
import { RUN_REQUEST_KEYS } from "./run";

export const GENERATE_COMMAND = "npm run gen:contract";

/** "loop-blocked" -> "LOOP_BLOCKED", "waitsFor" -> "WAITS_FOR", "VirtualTimeLimit" -> "VIRTUAL_TIME_LIMIT". */
export function pythonConstantName(name: string): string {
  return name
    .replace(/^_+|_+$/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toUpperCase();
}

const py = (value: unknown): string => {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return String(value);
  throw new Error(`no Python literal for ${String(value)}`);
};

/** A namespace class of string constants; `all` names a tuple of every value. */
function namespace(name: string, doc: string, values: readonly string[], all?: string): string {
  const lines = [`class ${name}:`, `    """${doc}"""`, ""];
  for (const value of values) lines.push(`    ${pythonConstantName(value)} = ${py(value)}`);
  let text = lines.join("\n") + "\n";
  if (all !== undefined)
    text += `\n\n${all} = (\n${values.map((v) => `    ${name}.${pythonConstantName(v)},\n`).join("")})\n`;
  return text;
}

export function contractPythonText(): string {
  const defaults = Object.entries(RUN_DEFAULTS)
    .map(([key, value]) => `    ${py(key)}: ${py(value)},`)
    .join("\n");
  const parts = [
    `"""The run contract's names, generated from src/contract/names.ts and src/contract/run.ts.

Do not edit: run \`${GENERATE_COMMAND}\` after changing those files (a test fails while this
file is out of date). The page decodes every run result against the same contract, so a string
written here that it does not know is reported as an off-contract result, not silently drawn.
"""
`,
    namespace(
      "Reason",
      'Why a lane waits: the ``reason`` of a "block" trace event.',
      BLOCK_REASONS,
      "BLOCK_REASONS",
    ),
    namespace(
      "Stop",
      "Why the runtime stopped a run: ``RunError.type`` and ``RunStopped.kind``.",
      STOP_KINDS,
      "STOP_KINDS",
    ),
    `SETUP_ERROR_TYPE = ${py(SETUP_ERROR_TYPE)}\n`,
    namespace("Kind", "The ``kind`` of a trace event.", EVENT_KINDS, "EVENT_KINDS"),
    namespace("LaneKind", "The ``kind`` of a lane.", LANE_KINDS),
    namespace("Stream", 'Output streams (the ``stream`` of a "print" event).', STREAMS),
    namespace(
      "ReportKey",
      "Keys of the run result's ``reports`` the runtime writes.",
      Object.values(REPORT_KEYS),
    ),
    namespace("DeadlockKey", "Keys of the deadlock report.", Object.values(DEADLOCK_KEYS)),
    namespace(
      "WaiterKey",
      "Keys of each waiter in the deadlock report.",
      Object.values(WAITER_KEYS),
    ),
    namespace("RequestKey", "Keys of the run request.", RUN_REQUEST_KEYS),
    `# The run request's defaults (the page fills them in; the runtime applies them to requests
# that come without, e.g. from its own tests).
DEFAULTS = {
${defaults}
}
`,
  ];
  return parts.join("\n\n");
}

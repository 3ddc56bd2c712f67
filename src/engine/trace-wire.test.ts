import { describe, expect, it } from "vitest";
import { decodeRunResult, RunContractError } from "../contract";
import { expandTrace } from "./trace-wire";

const result = (trace: unknown) => ({
  stdout: "",
  stderr: "",
  exitCode: 0,
  elapsed: 0.1,
  error: null,
  trace,
  deadlock: null,
  reports: {},
  seed: 0,
});

describe("expandTrace", () => {
  it("makes the runtime's compact lanes and events into the contract's objects", () => {
    const wire = {
      version: 1,
      lanes: [
        ["process", "MainProcess", null, 1],
        ["task", "Task-1", 1, 1],
      ],
      events: [
        [0, "start", 2],
        [100_000_000, "block", 2, { reason: "sleep", detail: "asyncio.sleep(0.1)" }],
        [200_000_001, "finish", 2, { error: null }],
      ],
      truncated: false,
      ns: true,
    };
    const decoded = decodeRunResult(JSON.stringify(result(wire)), expandTrace);
    expect(decoded.trace).toEqual({
      version: 1,
      lanes: [
        { id: 1, kind: "process", name: "MainProcess", parent: null, process: 1 },
        { id: 2, kind: "task", name: "Task-1", parent: 1, process: 1 },
      ],
      events: [
        { t: 0, kind: "start", lane: 2 },
        { t: 0.1, kind: "block", lane: 2, reason: "sleep", detail: "asyncio.sleep(0.1)" },
        { t: 0.200000001, kind: "finish", lane: 2 },
      ],
      truncated: false,
    });
  });

  it("takes times in seconds when the trace does not say nanoseconds", () => {
    const wire = { version: 1, lanes: [], events: [[2e7, "run", 1]], truncated: false, ns: false };
    expect(expandTrace({ trace: wire })).toEqual({
      trace: {
        version: 1,
        lanes: [],
        events: [{ t: 2e7, kind: "run", lane: 1 }],
        truncated: false,
      },
    });
  });

  it("leaves what is not of the wire's shape for the contract check to name", () => {
    const wire = {
      version: 1,
      lanes: [["task", "Task-1"]],
      events: [[0, "run"]],
      truncated: false,
    };
    expect(() => decodeRunResult(JSON.stringify(result(wire)), expandTrace)).toThrow(
      RunContractError,
    );
    const odd = { trace: { lanes: [["a"]], events: [[0, "run", 1, "x"]] } };
    expect(expandTrace(odd)).toEqual({ trace: { lanes: [["a"]], events: [[0, "run", 1, "x"]] } });
    expect(expandTrace(null)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { runResult } from "../engine/testing";
import { BLOCK_REASONS, STOP_KINDS } from "./names";
import type { TraceEvent } from "./run";
import { decodeRunResult, RunContractError } from "./validate";

const trace = (events: unknown[]) => ({
  version: 1,
  lanes: [{ id: 1, kind: "process", name: "MainProcess", parent: null, process: 1 }],
  events,
  truncated: false,
});

describe("decodeRunResult", () => {
  it("accepts every block reason and every stop kind of the contract", () => {
    const events: TraceEvent[] = BLOCK_REASONS.map((reason, i) => ({
      t: i,
      kind: "block",
      lane: 1,
      reason,
    }));
    for (const type of STOP_KINDS) {
      const json = JSON.stringify(
        runResult({
          trace: trace(events) as never,
          exitCode: 1,
          error: { type, message: "stopped", line: null, traceback: "stopped\n" },
        }),
      );
      expect(decodeRunResult(json).error?.type).toBe(type);
    }
  });

  it("rejects a block reason the contract does not know, naming the event", () => {
    const json = JSON.stringify({
      ...runResult(),
      trace: trace([{ t: 0, kind: "block", lane: 1, reason: "gil" }]),
    });
    expect(() => decodeRunResult(json)).toThrow(RunContractError);
    expect(() => decodeRunResult(json)).toThrow(/trace\.events\[0\]\.reason/);
  });

  it("rejects a missing key and a misspelt one", () => {
    const noSeed: Partial<ReturnType<typeof runResult>> = runResult();
    delete noSeed.seed;
    expect(() => decodeRunResult(JSON.stringify(noSeed))).toThrow(/seed/);
    const misspelt = { ...runResult(), exitcode: 0 };
    expect(() => decodeRunResult(JSON.stringify(misspelt))).toThrow(/exitcode/);
  });

  it("reports JSON that does not parse", () => {
    expect(() => decodeRunResult("{")).toThrow(/invalid JSON/);
  });
});

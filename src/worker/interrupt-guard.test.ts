import { describe, expect, it } from "vitest";
import type { Engine, RunResult } from "../engine/types";
import { SIGINT } from "../protocol/messages";
import { guardInterrupts, isKeyboardInterrupt } from "./interrupt-guard";

function result(errorType: string | null): RunResult {
  return {
    stdout: "",
    stderr: "",
    exitCode: errorType ? 1 : 0,
    elapsed: 0,
    error: errorType ? { type: errorType, message: "", line: null, traceback: "" } : null,
    trace: { version: 1, lanes: [], events: [], truncated: false },
    deadlock: null,
    reports: {},
    seed: 0,
  };
}

/** An engine that returns the queued outcomes in order and counts its calls. */
function engineOf(outcomes: (RunResult | Error)[]): Engine & { calls: number } {
  const engine = {
    calls: 0,
    stackSwitching: true,
    pythonVersion: "3.14.2",
    run(): Promise<RunResult> {
      engine.calls += 1;
      const next = outcomes.shift() ?? result(null);
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
    invoke(): Promise<unknown> {
      engine.calls += 1;
      const next = outcomes.shift();
      return next instanceof Error ? Promise.reject(next) : Promise.resolve({ ok: true });
    },
  };
  return engine;
}

describe("guardInterrupts", () => {
  it("passes results through while nobody pressed Stop", async () => {
    const guard = guardInterrupts(engineOf([result("ValueError")]), new Int32Array(1));
    expect((await guard.engine.run({ code: "" })).error?.type).toBe("ValueError");
    expect(await guard.engine.invoke("m", "f", {})).toEqual({ ok: true });
    expect(guard.interrupted).toBe(false);
    expect(guard.engine.pythonVersion).toBe("3.14.2");
  });

  it("turns an interrupted run result into a thrown KeyboardInterrupt and remembers it", async () => {
    const guard = guardInterrupts(engineOf([result("KeyboardInterrupt")]), null);
    const thrown = await guard.engine.run({ code: "" }).catch((e: unknown) => e);
    expect(isKeyboardInterrupt(thrown)).toBe(true);
    expect(guard.interrupted).toBe(true);
  });

  it("remembers an interrupt thrown by the engine and rethrows it", async () => {
    const guard = guardInterrupts(engineOf([new Error("Traceback\nKeyboardInterrupt")]), null);
    await expect(guard.engine.invoke("m", "f", {})).rejects.toThrow("KeyboardInterrupt");
    expect(guard.interrupted).toBe(true);
  });

  it("does not count other failures as interrupts", async () => {
    const guard = guardInterrupts(engineOf([new Error("boom")]), null);
    await expect(guard.engine.run({ code: "" })).rejects.toThrow("boom");
    expect(guard.interrupted).toBe(false);
  });

  it("refuses further calls once Stop was pressed, without reaching the engine", async () => {
    const cell = new Int32Array(1);
    const engine = engineOf([]);
    const guard = guardInterrupts(engine, cell);
    await guard.engine.run({ code: "" });
    Atomics.store(cell, 0, SIGINT);
    await expect(guard.engine.run({ code: "" })).rejects.toThrow("KeyboardInterrupt");
    await expect(guard.engine.invoke("m", "f", {})).rejects.toThrow("KeyboardInterrupt");
    expect(engine.calls).toBe(1);
    expect(guard.interrupted).toBe(true);
  });
});

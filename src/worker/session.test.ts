import { describe, expect, it } from "vitest";
import type { Engine, RunEvent, RunRequest, RunResult } from "../engine/types";
import { SIGINT, type WorkerToPage } from "../protocol/messages";
import { createSession, isKeyboardInterrupt, type SessionDeps } from "./session";

function result(overrides: Partial<RunResult> = {}): RunResult {
  return {
    stdout: "",
    stderr: "",
    exitCode: 0,
    elapsed: 0,
    error: null,
    trace: { version: 1, lanes: [], events: [], truncated: false },
    deadlock: null,
    reports: {},
    seed: 0,
    ...overrides,
  };
}

/** An engine whose behaviour is chosen by the program's text. */
class FakeEngine implements Engine {
  readonly stackSwitching = true;
  readonly pythonVersion = "3.14.2";
  readonly seenInterruptCells: number[] = [];
  constructor(private readonly cell: Int32Array | null) {}

  run(request: RunRequest, onEvent?: (event: RunEvent) => void): Promise<RunResult> {
    if (this.cell) this.seenInterruptCells.push(Atomics.load(this.cell, 0));
    switch (request.code) {
      case "print":
        onEvent?.({ kind: "stdout", text: "hello\n" });
        onEvent?.({ kind: "stderr", text: "warn\n" });
        return Promise.resolve(result({ stdout: "hello\n", stderr: "warn\n", elapsed: 2 }));
      case "throw-interrupt":
        return Promise.reject(new Error("Traceback (most recent call last):\nKeyboardInterrupt\n"));
      case "result-interrupt":
        return Promise.resolve(
          result({
            exitCode: 1,
            error: { type: "KeyboardInterrupt", message: "", line: 3, traceback: "" },
          }),
        );
      default:
        return Promise.reject(new Error("engine exploded"));
    }
  }

  invoke(): Promise<unknown> {
    return Promise.resolve(null);
  }
}

function harness(load: SessionDeps["loadEngine"] | "ok" = "ok") {
  const posted: WorkerToPage[] = [];
  const buffer = new SharedArrayBuffer(4);
  let engine: FakeEngine | null = null;
  const session = createSession({
    post: (message) => posted.push(message),
    loadEngine:
      load === "ok"
        ? (options, onStage) => {
            onStage("loading-pyodide");
            onStage("starting-engine");
            const cell = options.interruptBuffer ? new Int32Array(options.interruptBuffer) : null;
            engine = new FakeEngine(cell);
            return Promise.resolve(engine);
          }
        : load,
  });
  const init = () =>
    session.handle({ type: "init", indexURL: "http://x/pyodide/", interruptBuffer: buffer });
  const run = (runId: number, code: string) =>
    session.handle({ type: "run", runId, request: { code } });
  return { posted, buffer, session, init, run, engine: () => engine };
}

describe("worker session", () => {
  it("reports each start-up stage, then ready with the engine's facts", async () => {
    const h = harness();
    await h.init();
    expect(h.posted).toEqual([
      { type: "init-progress", stage: "loading-pyodide" },
      { type: "init-progress", stage: "starting-engine" },
      { type: "ready", pythonVersion: "3.14.2", stackSwitching: true },
    ]);
  });

  it("streams a run's output under its run id and ends it with done", async () => {
    const h = harness();
    await h.init();
    h.posted.length = 0;
    await h.run(7, "print");
    expect(h.posted.map((m) => m.type)).toEqual(["stdout", "stderr", "done"]);
    expect(h.posted[0]).toEqual({ type: "stdout", runId: 7, text: "hello\n" });
    const done = h.posted[2];
    expect(done?.type === "done" && done.result.elapsed).toBe(2);
  });

  it("reports a KeyboardInterrupt as interrupted, whether thrown or returned", async () => {
    const h = harness();
    await h.init();
    h.posted.length = 0;
    await h.run(1, "throw-interrupt");
    await h.run(2, "result-interrupt");
    expect(h.posted).toEqual([
      { type: "interrupted", runId: 1 },
      { type: "interrupted", runId: 2 },
    ]);
  });

  it("reports any other failure as an error of that run, and keeps serving", async () => {
    const h = harness();
    await h.init();
    h.posted.length = 0;
    await h.run(1, "explode");
    await h.run(2, "print");
    expect(h.posted[0]).toEqual({ type: "error", runId: 1, message: "engine exploded" });
    expect(h.posted.at(-1)?.type).toBe("done");
  });

  it("clears a stale interrupt before each run", async () => {
    const h = harness();
    await h.init();
    Atomics.store(new Int32Array(h.buffer), 0, SIGINT);
    await h.run(1, "print");
    expect(h.engine()?.seenInterruptCells).toEqual([0]);
  });

  it("queues runs sent before Python is ready and runs them in order", async () => {
    let release: (engine: Engine) => void = () => undefined;
    const h = harness(() => new Promise<Engine>((resolve) => (release = resolve)));
    const init = h.init();
    const first = h.run(1, "print");
    const second = h.run(2, "explode");
    release(new FakeEngine(null));
    await Promise.all([init, first, second]);
    expect(h.posted.map((m) => `${m.type}:${"runId" in m ? m.runId : "-"}`)).toEqual([
      "ready:-",
      "stdout:1",
      "stderr:1",
      "done:1",
      "error:2",
    ]);
  });

  it("reports a failed start-up, and fails later runs with the same reason", async () => {
    const h = harness(() => Promise.reject(new Error("404 pyodide.asm.wasm")));
    await h.init();
    await h.run(1, "print");
    expect(h.posted).toEqual([
      { type: "error", runId: null, message: "Python failed to start: 404 pyodide.asm.wasm" },
      { type: "error", runId: 1, message: "Python failed to start: 404 pyodide.asm.wasm" },
    ]);
  });

  it("refuses a run before init", async () => {
    const h = harness();
    await h.run(1, "print");
    expect(h.posted).toEqual([{ type: "error", runId: 1, message: "Python is not started yet." }]);
  });
});

describe("isKeyboardInterrupt", () => {
  it("recognises run errors and Python exceptions, nothing else", () => {
    expect(isKeyboardInterrupt({ type: "KeyboardInterrupt" })).toBe(true);
    expect(isKeyboardInterrupt(new Error("Traceback ...\nKeyboardInterrupt"))).toBe(true);
    expect(isKeyboardInterrupt(new Error("ValueError: KeyboardInterrupt in text"))).toBe(false);
    expect(isKeyboardInterrupt({ type: "ValueError" })).toBe(false);
    expect(isKeyboardInterrupt(null)).toBe(false);
  });
});

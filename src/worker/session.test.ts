import { describe, expect, it } from "vitest";
import type { Verdict } from "../checker";
import type { Engine, RunEvent, RunRequest, RunResult } from "../engine/types";
import type { Exercise } from "../exercises";
import { SIGINT, type WorkerToPage } from "../protocol/messages";
import { createSession, isKeyboardInterrupt, type CheckFn, type SessionDeps } from "./session";
import { runResult } from "../engine/testing";
import { minimalExercise } from "../exercises/testing";

const result = runResult;

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

const exercise: Exercise = minimalExercise();

function verdictOf(run: RunResult | null, failure: string | null = null): Verdict {
  return {
    exerciseId: "ex",
    passed: run?.exitCode === 0 && failure === null,
    checks: [],
    hints: [],
    run: {
      stdout: run?.stdout ?? "",
      stderr: run?.stderr ?? "",
      exitCode: run?.exitCode ?? 1,
      elapsed: run?.elapsed ?? 0,
      error: run?.error ?? null,
      deadlock: null,
      seed: 0,
    },
    failure,
    lang: "en",
    solutionAvailable: true,
  };
}

/**
 * A stand-in for checkExercise: runs each line of the code as one program (so a check makes
 * several engine runs) and, like the real checker, turns a failure into a verdict.
 */
const fakeCheck: CheckFn = async (engine, request) => {
  let last: RunResult | null = null;
  try {
    for (const code of request.code.split("\n")) last = await engine.run({ code });
  } catch (error) {
    return verdictOf(last, `The checker failed: ${(error as Error).message}`);
  }
  return verdictOf(last);
};

function harness(
  load: SessionDeps["loadEngine"] | "ok" = "ok",
  warmUp: SessionDeps["warmUp"] = [],
) {
  const posted: WorkerToPage[] = [];
  const buffer = new SharedArrayBuffer(4);
  let engine: FakeEngine | null = null;
  const session = createSession({
    post: (message) => posted.push(message),
    check: fakeCheck,
    warmUp,
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
  const check = (runId: number, code: string) =>
    session.handle({
      type: "check",
      runId,
      request: { exercise, code, lang: "en" },
    });
  return { posted, buffer, session, init, run, check, engine: () => engine };
}

describe("worker session", () => {
  it("reports each start-up stage, then ready with the engine's facts", async () => {
    const h = harness();
    await h.init();
    expect(h.posted).toEqual([
      { type: "init-progress", stage: "loading-pyodide" },
      { type: "init-progress", stage: "starting-engine" },
      { type: "ready", pythonVersion: "3.14.2", stackSwitching: true },
      { type: "warmed" }, // no warm-up steps: over at once
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
      "warmed:-", // the warm-up gave way to the runs waiting
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

describe("worker session: checks", () => {
  it("ends a check with its verdict, streaming nothing", async () => {
    const h = harness();
    await h.init();
    h.posted.length = 0;
    await h.check(3, "print");
    expect(h.posted).toHaveLength(1);
    const message = h.posted[0];
    expect(message?.type).toBe("verdict");
    expect(message?.type === "verdict" && message.runId).toBe(3);
    expect(message?.type === "verdict" && message.verdict.run.stdout).toBe("hello\n");
  });

  it("reports an interrupted check as interrupted, not as a failed verdict", async () => {
    const h = harness();
    await h.init();
    h.posted.length = 0;
    // The checker catches the interrupt and would grade the attempt; the session must not.
    await h.check(1, "print\nresult-interrupt\nprint");
    await h.check(2, "throw-interrupt");
    expect(h.posted).toEqual([
      { type: "interrupted", runId: 1 },
      { type: "interrupted", runId: 2 },
    ]);
  });

  it("keeps an engine failure inside the verdict, as the checker reports it", async () => {
    const h = harness();
    await h.init();
    h.posted.length = 0;
    await h.check(1, "explode");
    const message = h.posted[0];
    expect(message?.type === "verdict" && message.verdict.failure).toBe(
      "The checker failed: engine exploded",
    );
  });

  it("runs checks and runs one at a time, in order", async () => {
    const h = harness();
    await h.init();
    h.posted.length = 0;
    await Promise.all([h.check(1, "print"), h.run(2, "print"), h.check(3, "print")]);
    expect(h.posted.map((m) => `${m.type}:${"runId" in m ? m.runId : "-"}`)).toEqual([
      "verdict:1",
      "stdout:2",
      "stderr:2",
      "done:2",
      "verdict:3",
    ]);
  });
});

/** A promise and its resolver. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("worker session: warm-up", () => {
  it("runs the warm-up's steps in order once Python is ready, then says it is warmed", async () => {
    const done = deferred();
    const seen: string[] = [];
    const h = harness("ok", [
      async (engine) => {
        seen.push(`one:${(await engine.run({ code: "print" })).stdout}`);
      },
      () => Promise.reject(new Error("a step that fails")),
      (engine) => {
        seen.push(`three:${engine.pythonVersion}`);
        done.resolve();
        return Promise.resolve();
      },
    ]);
    await h.init();
    await done.promise;
    expect(seen).toEqual(["one:hello\n", "three:3.14.2"]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.posted.map((m) => m.type)).toEqual([
      "init-progress",
      "init-progress",
      "ready",
      "warmed",
    ]);
  });

  it("a job waits for the step under way, and the steps after it are dropped", async () => {
    const gate = deferred();
    const started = deferred();
    const seen: string[] = [];
    const h = harness("ok", [
      async () => {
        started.resolve();
        await gate.promise;
        seen.push("one");
      },
      () => {
        seen.push("two");
        return Promise.resolve();
      },
    ]);
    await h.init();
    await started.promise;
    const job = h.run(1, "print").then(() => seen.push("job"));
    gate.resolve();
    await job;
    expect(seen).toEqual(["one", "job"]);
    expect(h.posted.at(-1)).toMatchObject({ type: "done", runId: 1 });
  });

  it("a Stop pressed during a step stops the job waiting behind it", async () => {
    const gate = deferred();
    const started = deferred();
    const h = harness("ok", [
      async () => {
        started.resolve();
        await gate.promise;
      },
    ]);
    await h.init();
    await started.promise;
    const first = h.run(1, "print");
    Atomics.store(new Int32Array(h.buffer), 0, SIGINT); // the page's Stop, aimed at run 1
    gate.resolve();
    await first;
    await h.run(2, "print");
    expect(h.posted.slice(3).map((m) => `${m.type}:${"runId" in m ? m.runId : "-"}`)).toEqual([
      "warmed:-", // cut short by run 1
      "interrupted:1",
      "stdout:2",
      "stderr:2",
      "done:2",
    ]);
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

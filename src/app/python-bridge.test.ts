import { describe, expect, it } from "vitest";
import type { Verdict } from "../checker";
import type { RunResult } from "../engine/types";
import type { Exercise } from "../exercises";
import { SIGINT, type PageToWorker } from "../protocol/messages";
import { createAppStore } from "../store/create-store";
import { ManualTimer } from "../store/test-timer";
import { MemoryStorage } from "../store/test-storage";
import { createPythonBridge, type WorkerCallbacks, type WorkerPort } from "./python-bridge";
import { minimalExercise } from "../exercises/testing";
import { startWorker } from "./worker-launch";

class FakeWorker implements WorkerPort {
  readonly posted: PageToWorker[] = [];
  terminated = false;
  constructor(readonly callbacks: WorkerCallbacks) {}
  post(message: PageToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  ready(): void {
    this.callbacks.onMessage({ type: "ready", pythonVersion: "3.14.2", stackSwitching: true });
  }
  /** The interrupt cell the page shares with this worker, as the worker would see it. */
  interruptCell(): number | null {
    const init = this.posted.find((m) => m.type === "init");
    const buffer = init?.type === "init" ? init.interruptBuffer : null;
    return buffer ? Atomics.load(new Int32Array(buffer), 0) : null;
  }
}

const result: RunResult = {
  stdout: "hi\n",
  stderr: "",
  exitCode: 0,
  elapsed: 3,
  error: null,
  trace: { version: 1, lanes: [], events: [], truncated: false },
  deadlock: null,
  reports: {},
  seed: 0,
};

const exercise: Exercise = minimalExercise();

/** The bridge's default watchdog period, and how many unanswered pings mean a wedged worker. */
const WATCHDOG_MS = 2000;
const WATCHDOG_MISSES = 90;

const verdict: Verdict = {
  exerciseId: "ex",
  passed: true,
  checks: [],
  hints: [],
  run: { stdout: "", stderr: "", exitCode: 0, elapsed: 1, error: null, deadlock: null, seed: 0 },
  failure: null,
  lang: "ru",
  solutionAvailable: true,
};

const INDEX_URL = "http://127.0.0.1/pyodide/";

/** A bridge over fake workers; `early` is run on the first worker, started before the bridge
 *  (as the page's first script starts it), which the bridge then takes over. */
function setup(isolated: boolean, early?: (worker: FakeWorker) => void, cores = 1) {
  const store = createAppStore(new MemoryStorage());
  const timer = new ManualTimer();
  const workers: FakeWorker[] = [];
  const spawn = (callbacks: WorkerCallbacks): FakeWorker => {
    const worker = new FakeWorker(callbacks);
    workers.push(worker);
    return worker;
  };
  let first = null;
  if (early) {
    first = startWorker(spawn, INDEX_URL, isolated);
    early(workers[0]!);
  }
  /** Store writes the bridge asked to be shown before the next frame (React's flushSync). */
  const showNow = { calls: 0 };
  const bridge = createPythonBridge({
    spawn,
    indexURL: INDEX_URL,
    isolated,
    cores,
    first,
    timer,
    store,
    showNow: (write) => {
      showNow.calls++;
      write();
    },
  });
  const current = () => {
    const worker = workers.at(-1);
    if (!worker) throw new Error("no worker");
    return worker;
  };
  /** The id the page gave the last job it posted to the current worker. */
  const jobId = () => {
    const job = current().posted.findLast((m) => m.type === "run" || m.type === "check");
    return job?.type === "run" || job?.type === "check" ? job.runId : -1;
  };
  return { store, timer, workers, bridge, current, jobId, showNow };
}

describe("python bridge", () => {
  it("starts a worker at once, with an interrupt buffer only when isolated", () => {
    const isolated = setup(true);
    const plain = setup(false);
    expect(isolated.current().posted[0]).toMatchObject({
      type: "init",
      indexURL: INDEX_URL,
    });
    expect(isolated.current().interruptCell()).toBe(0);
    expect(plain.current().interruptCell()).toBeNull();
    expect(isolated.store.getState().pythonStatus).toBe("starting");
  });

  it("takes over a worker started before it, with what it reported so far", () => {
    const { store, bridge, workers, current } = setup(true, (worker) => {
      worker.callbacks.onMessage({ type: "init-progress", stage: "loading-pyodide" });
      worker.ready();
    });
    expect(workers).toHaveLength(1); // no second worker: the early one is the current one
    expect(current().posted.map((m) => m.type)).toEqual(["init"]);
    expect(store.getState().pythonStatus).toBe("ready");
    expect(bridge.run("ex", { code: "print(1)" })).toBe(true);
    expect(current().posted.at(-1)?.type).toBe("run");
    // Stop goes through the interrupt buffer the early worker was given.
    bridge.stop();
    expect(current().interruptCell()).toBe(SIGINT);
  });

  it("reports an early worker that crashed before the bridge existed", () => {
    const { store, workers } = setup(false, (worker) => worker.callbacks.onCrash("no memory"));
    expect(store.getState()).toMatchObject({
      pythonStatus: "failed",
      pythonError: "Python crashed: no memory",
    });
    expect(workers).toHaveLength(1); // it never worked: it is not replaced
  });

  it("tracks start-up stages and readiness", () => {
    const { store, current } = setup(true);
    current().callbacks.onMessage({ type: "init-progress", stage: "loading-pyodide" });
    expect(store.getState().pythonStage).toBe("loading-pyodide");
    current().ready();
    expect(store.getState()).toMatchObject({
      pythonStatus: "ready",
      pythonVersion: "3.14.2",
      stackSwitching: true,
    });
  });

  it("refuses to run before Python is ready", () => {
    const { bridge, current } = setup(true);
    expect(bridge.run("ex", { code: "print(1)" })).toBe(false);
    expect(current().posted.map((m) => m.type)).toEqual(["init"]);
  });

  it("runs a program and streams its output into the console", () => {
    const { store, bridge, current } = setup(true);
    current().ready();
    expect(bridge.run("ex", { code: "print('hi')" })).toBe(true);
    const run = current().posted[1];
    expect(run).toMatchObject({ type: "run", request: { code: "print('hi')" } });
    const runId = run?.type === "run" ? run.runId : -1;
    current().callbacks.onMessage({ type: "stdout", runId, text: "hi\n" });
    current().callbacks.onMessage({ type: "done", runId, result });
    expect(store.getState()).toMatchObject({
      runStatus: "idle",
      output: [{ stream: "stdout", text: "hi\n" }],
      outcome: { kind: "finished", elapsed: 3, exitCode: 0 },
    });
  });

  it("gathers streamed output and writes it in batches, and all of it before the job ends", () => {
    const { store, bridge, timer, current, jobId } = setup(true);
    current().ready();
    bridge.run("ex", { code: "chatty" });
    const runId = jobId();
    let writes = 0;
    const unsubscribe = store.subscribe((s, before) => {
      if (s.output !== before.output) writes += 1;
    });
    for (let i = 0; i < 1000; i++) {
      current().callbacks.onMessage({ type: "stdout", runId, text: `${i}\n` });
    }
    current().callbacks.onMessage({ type: "stderr", runId, text: "warn\n" });
    // The first chunk is shown at once, the rest waits for one batch.
    expect(store.getState().output).toEqual([{ stream: "stdout", text: "0\n" }]);
    expect([...timer.scheduled.values()].filter((t) => t.delayMs === 50)).toHaveLength(1);
    timer.fireAll();
    expect(writes).toBe(3);
    current().callbacks.onMessage({ type: "stdout", runId, text: "last\n" });
    current().callbacks.onMessage({ type: "done", runId, result });
    unsubscribe();
    const output = store.getState().output;
    expect(output.map((c) => c.stream)).toEqual(["stdout", "stderr", "stdout"]);
    expect(output[0]?.text.split("\n")).toHaveLength(1001);
    expect(output[2]?.text).toBe("last\n");
    expect(timer.scheduled.size).toBe(0);
  });

  it("writes a job's output at once until its first line is complete, then batches it", () => {
    const { store, bridge, timer, current, jobId, showNow } = setup(true);
    current().ready();
    bridge.run("ex", { code: "print(1); print(2)" });
    const runId = jobId();
    for (const text of ["1", "\n", "2", "\n"])
      current().callbacks.onMessage({ type: "stdout", runId, text });
    // print(1) writes "1" and "\n" apart: both are on screen without waiting for the batch.
    expect(store.getState().output).toEqual([{ stream: "stdout", text: "1\n" }]);
    // ...and each went to the page before its next frame; the batch does not need to.
    expect(showNow.calls).toBe(2);
    expect([...timer.scheduled.values()].filter((t) => t.delayMs === 50)).toHaveLength(1);
    timer.fireAll();
    expect(store.getState().output).toEqual([{ stream: "stdout", text: "1\n2\n" }]);
    expect(showNow.calls).toBe(2);
    current().callbacks.onMessage({ type: "done", runId, result });

    // Without a newline, a few chunks go at once and the rest is batched all the same.
    bridge.run("ex", { code: "print('.', end='') in a loop" });
    const second = jobId();
    for (let i = 0; i < 100; i++)
      current().callbacks.onMessage({ type: "stdout", runId: second, text: "." });
    expect(store.getState().output).toEqual([{ stream: "stdout", text: "...." }]);
    expect(showNow.calls).toBe(6);
    timer.fireAll();
    expect(store.getState().output).toEqual([{ stream: "stdout", text: ".".repeat(100) }]);
  });

  it("checks an attempt: one job at a time, ending with the verdict", () => {
    const { store, bridge, current } = setup(true);
    current().ready();
    const request = { exercise, code: "pass", lang: "ru" };
    expect(bridge.check("ex", request)).toBe(true);
    expect(bridge.run("ex", { code: "print(1)" })).toBe(false);
    const check = current().posted[1];
    expect(check).toMatchObject({ type: "check", request });
    const runId = check?.type === "check" ? check.runId : -1;
    expect(store.getState()).toMatchObject({ runMode: "check", runStatus: "running" });
    current().callbacks.onMessage({ type: "verdict", runId, verdict });
    expect(store.getState()).toMatchObject({
      runStatus: "idle",
      verdict: { passed: true },
      outcome: { kind: "checked", passed: true },
    });
    expect(store.getState().progress.ex).toMatchObject({ checks: 1, solved: true });
  });

  it("stops a check through the interrupt buffer, like a run", () => {
    const { store, bridge, timer, current, jobId } = setup(true);
    current().ready();
    bridge.check("ex", { exercise, code: "while True: pass", lang: "en" });
    bridge.stop();
    expect(current().interruptCell()).toBe(SIGINT);
    const runId = jobId();
    current().callbacks.onMessage({ type: "interrupted", runId });
    expect(store.getState().outcome).toEqual({ kind: "stopped", restarted: false });
    expect(store.getState().verdict).toBeNull();
    expect(timer.scheduled.size).toBe(0);
  });

  it("counts a job that fails while being stopped as stopped", () => {
    const { store, bridge, timer, current, jobId } = setup(true);
    current().ready();
    bridge.check("ex", { exercise, code: "x", lang: "en" });
    bridge.stop();
    const first = jobId();
    current().callbacks.onMessage({
      type: "verdict",
      runId: first,
      verdict: { ...verdict, passed: false, failure: "The checker failed: Abort" },
    });
    expect(store.getState().outcome).toEqual({ kind: "stopped", restarted: false });
    expect(store.getState().verdict).toBeNull();

    bridge.run("ex", { code: "x" });
    bridge.stop();
    const second = jobId();
    current().callbacks.onMessage({ type: "error", runId: second, message: "Abort" });
    expect(store.getState().outcome).toEqual({ kind: "stopped", restarted: false });
    expect(timer.scheduled.size).toBe(0);

    // Not being stopped, the same failure is reported as it is.
    bridge.run("ex", { code: "x" });
    const third = jobId();
    current().callbacks.onMessage({ type: "error", runId: third, message: "Abort" });
    expect(store.getState().outcome).toEqual({ kind: "failed", message: "Abort" });
  });

  it("stops through the interrupt buffer when isolated", () => {
    const { store, bridge, timer, workers, current, jobId } = setup(true);
    current().ready();
    bridge.run("ex", { code: "while True: pass" });
    bridge.stop();
    expect(current().interruptCell()).toBe(SIGINT);
    expect(store.getState().runStatus).toBe("stopping");
    const runId = jobId();
    current().callbacks.onMessage({ type: "interrupted", runId });
    expect(store.getState().outcome).toEqual({ kind: "stopped", restarted: false });
    expect(timer.scheduled.size).toBe(0);
    expect(workers).toHaveLength(1);
  });

  it("replaces the worker when the interrupt is not honoured in time", () => {
    const { store, bridge, timer, workers, current } = setup(true);
    current().ready();
    bridge.run("ex", { code: "while True: pass" });
    bridge.stop();
    const delays = [...timer.scheduled.values()].map((t) => t.delayMs);
    expect(delays.filter((ms) => ms !== WATCHDOG_MS)).toEqual([1000]);
    timer.fireAll();
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(store.getState()).toMatchObject({
      runStatus: "idle",
      outcome: { kind: "stopped", restarted: true },
      pythonStatus: "starting",
    });
    // The old worker's late news is ignored; the new one serves the next run.
    workers[0]?.callbacks.onMessage({ type: "ready", pythonVersion: "old", stackSwitching: false });
    expect(store.getState().pythonStatus).toBe("starting");
    current().ready();
    expect(bridge.run("ex", { code: "print(1)" })).toBe(true);
  });

  it("replaces the worker at once when not isolated, with a spare started ahead", () => {
    const { store, bridge, timer, workers } = setup(false);
    workers[0]?.ready();
    // Once the first worker is ready, a spare starts Python in the background.
    expect(workers).toHaveLength(2);
    workers[1]?.callbacks.onMessage({ type: "init-progress", stage: "loading-pyodide" });
    workers[1]?.ready();
    expect(store.getState().pythonStage).not.toBe("loading-pyodide"); // a spare's news is held
    bridge.run("ex", { code: "while True: pass" });
    expect(workers[0]?.posted.at(-1)?.type).toBe("run");
    bridge.stop();
    expect(timer.scheduled.size).toBe(0);
    expect(workers[0]?.terminated).toBe(true);
    // The spare takes over already ready, and a new spare starts behind it.
    expect(store.getState()).toMatchObject({
      outcome: { kind: "stopped", restarted: true },
      pythonStatus: "ready",
    });
    expect(workers).toHaveLength(3);
    expect(bridge.run("ex", { code: "print(1)" })).toBe(true);
    expect(workers[1]?.posted.at(-1)?.type).toBe("run");
  });

  it("without isolation, a spare still starting takes over and reports its start-up", () => {
    const { store, bridge, workers } = setup(false);
    workers[0]?.ready();
    bridge.run("ex", { code: "while True: pass" });
    bridge.stop();
    expect(store.getState().pythonStatus).toBe("starting");
    workers[1]?.ready();
    expect(store.getState().pythonStatus).toBe("ready");
    // A spare that dies before it is needed is dropped; the current worker is not touched.
    workers[2]?.callbacks.onCrash("out of memory");
    expect(store.getState().pythonStatus).toBe("ready");
    expect(workers).toHaveLength(3);
  });

  it("reports a failed start-up and does not respawn a worker that never worked", () => {
    const { store, workers, current } = setup(true);
    current().callbacks.onMessage({
      type: "error",
      runId: null,
      message: "Python failed to start: 404",
    });
    expect(store.getState()).toMatchObject({
      pythonStatus: "failed",
      pythonError: "Python failed to start: 404",
    });
    current().callbacks.onCrash("again");
    expect(workers).toHaveLength(1);
  });

  it("fails the run and replaces a worker that crashes while running", () => {
    const { store, bridge, workers, current } = setup(true);
    current().ready();
    bridge.run("ex", { code: "x" });
    current().callbacks.onCrash("out of memory");
    expect(store.getState().outcome).toEqual({
      kind: "failed",
      message: "Python crashed: out of memory",
    });
    expect(workers).toHaveLength(2);
    expect(store.getState().pythonStatus).toBe("starting");
  });

  it("replaces a worker that stops answering while a job runs, and keeps one that answers", () => {
    const { store, bridge, timer, workers, current } = setup(true);
    current().ready();
    bridge.run("ex", { code: "x" });
    for (let i = 0; i < 20; i++) {
      timer.fireAll();
      current().callbacks.onMessage({ type: "pong" });
    }
    expect(workers).toHaveLength(1);
    expect(current().posted.filter((m) => m.type === "ping")).toHaveLength(20);
    for (let i = 0; i < WATCHDOG_MISSES; i++) timer.fireAll();
    expect(workers).toHaveLength(1); // busy for a long stretch is not yet wedged
    timer.fireAll();
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(store.getState().outcome).toEqual({
      kind: "failed",
      message:
        "Python crashed: the worker stopped answering (it died or hung); a new one is starting",
    });
  });

  it("takes an ending only from the job it started (a forged message is ignored)", () => {
    const { store, bridge, current } = setup(true);
    current().ready();
    bridge.check("ex", { exercise, code: "x", lang: "en" });
    const check = current().posted.at(-1);
    const runId = check?.type === "check" ? check.runId : -1;
    expect(runId).not.toBe(store.getState().runId); // random, not the store's 1, 2, 3...
    for (const forged of [1, 2, runId + 1, runId - 1]) {
      current().callbacks.onMessage({ type: "verdict", runId: forged, verdict });
      current().callbacks.onMessage({ type: "done", runId: forged, result });
    }
    expect(store.getState().runStatus).toBe("running");
    current().callbacks.onMessage({
      type: "verdict",
      runId,
      verdict: { ...verdict, passed: false },
    });
    expect(store.getState().runStatus).toBe("idle");
  });

  describe("with a second worker (isolated, two cores)", () => {
    /** `worker` (ready) ends its warm-up, then a first run, which it answers. */
    function firstJobDone(bridge: ReturnType<typeof setup>["bridge"], worker: FakeWorker): void {
      worker.callbacks.onMessage({ type: "warmed" });
      expect(bridge.run("ex", { code: "print(1)" })).toBe(true);
      const run = worker.posted.findLast((m) => m.type === "run");
      worker.callbacks.onMessage({
        type: "done",
        runId: run?.type === "run" ? run.runId : -1,
        result,
      });
    }

    /** The bridge's first worker, ready, and its second worker, ready too. */
    function paired() {
      const t = setup(true, undefined, 2);
      const first = t.workers[0]!;
      first.ready();
      expect(t.workers).toHaveLength(1); // not while the first warms up
      first.callbacks.onMessage({ type: "warmed" });
      expect(t.workers).toHaveLength(1); // nor before its first job ended
      firstJobDone(t.bridge, first);
      expect(t.workers).toHaveLength(2); // started once the first's warm-up and first job are over
      const second = t.workers[1]!;
      expect(first.posted.map((m) => m.type)).toEqual(["init", "run"]); // not paired before it is ready
      second.ready();
      /** The id of the last job posted to the first worker (the one that does jobs). */
      const jobId = () => {
        const job = first.posted.findLast((m) => m.type === "run" || m.type === "check");
        return job?.type === "run" || job?.type === "check" ? job.runId : -1;
      };
      return { ...t, first, second, jobId };
    }

    it("pairs the two once both are ready: serve to the second, peer to the first", () => {
      const { first, second } = paired();
      expect(second.posted.map((m) => m.type)).toEqual(["init", "serve"]);
      const peer = first.posted.at(-1);
      expect(peer?.type === "peer" && peer.port !== null).toBe(true);
    });

    it("starts the second after the job that cut the warm-up short", () => {
      const { bridge, workers, current } = setup(true, undefined, 2);
      current().ready();
      expect(bridge.check("ex", { exercise, code: "x", lang: "en" })).toBe(true);
      const first = workers[0]!;
      const job = first.posted.findLast((m) => m.type === "check");
      first.callbacks.onMessage({ type: "warmed" });
      expect(workers).toHaveLength(1);
      first.callbacks.onMessage({
        type: "verdict",
        runId: job?.type === "check" ? job.runId : -1,
        verdict,
      });
      expect(workers).toHaveLength(2);
    });

    it("keeps one worker on one core, or without isolation", () => {
      for (const [isolated, cores] of [
        [true, 1],
        [false, 2],
      ] as const) {
        const t = setup(isolated, undefined, cores);
        const first = t.workers[0]!;
        first.ready();
        firstJobDone(t.bridge, first);
        expect(t.workers.every((w) => !w.posted.some((m) => m.type === "serve"))).toBe(true);
        expect(t.workers).toHaveLength(isolated ? 1 : 2); // the spare of a page without isolation
      }
    });

    it("Stop sets both interrupt cells; the next job clears the second's", () => {
      const { bridge, store, first, second, jobId } = paired();
      expect(bridge.check("ex", { exercise, code: "x", lang: "en" })).toBe(true);
      bridge.stop();
      expect(first.interruptCell()).toBe(SIGINT);
      expect(second.interruptCell()).toBe(SIGINT);
      first.callbacks.onMessage({ type: "interrupted", runId: jobId() });
      expect(store.getState().outcome).toEqual({ kind: "stopped", restarted: false });
      expect(bridge.check("ex", { exercise, code: "x", lang: "en" })).toBe(true);
      expect(second.interruptCell()).toBe(0);
    });

    it("replacing a stuck worker ends both, and the new one gets a second of its own", () => {
      const { bridge, timer, workers, first, second } = paired();
      expect(bridge.check("ex", { exercise, code: "x", lang: "en" })).toBe(true);
      bridge.stop();
      timer.fireAll(); // the interrupt was not honoured in time
      expect(first.terminated && second.terminated).toBe(true);
      const next = workers[2]!;
      next.ready();
      firstJobDone(bridge, next);
      expect(workers).toHaveLength(4);
    });

    it("a second worker that crashes is ended and the first told it is gone", () => {
      const { first, second, workers } = paired();
      second.callbacks.onCrash("no memory");
      expect(second.terminated).toBe(true);
      expect(first.posted.at(-1)).toEqual({ type: "peer", port: null });
      expect(workers).toHaveLength(2); // not started again for this worker
    });

    it("a second worker that stops answering while a job runs is ended; the job goes on", () => {
      const { bridge, store, timer, first, second } = paired();
      expect(bridge.check("ex", { exercise, code: "x", lang: "en" })).toBe(true);
      for (let i = 0; i <= WATCHDOG_MISSES; i++) {
        timer.fireAll();
        first.callbacks.onMessage({ type: "pong" });
      }
      expect(second.terminated).toBe(true);
      expect(first.terminated).toBe(false);
      expect(first.posted.at(-1)).toEqual({ type: "peer", port: null });
      expect(store.getState().runStatus).toBe("running");
    });
  });
});

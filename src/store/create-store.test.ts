import { describe, expect, it } from "vitest";
import type { Verdict } from "../checker";
import type { RunResult } from "../engine/types";
import { createAppStore, STORAGE_KEY } from "./create-store";
import { MemoryStorage } from "./test-storage";
import { UNRECORDED_PREFIX } from "./slices/progress";
import type { PersistedState } from "./types";

function result(overrides: Partial<RunResult> = {}): RunResult {
  return {
    stdout: "",
    stderr: "",
    exitCode: 0,
    elapsed: 1.5,
    error: null,
    trace: { version: 1, lanes: [], events: [], truncated: false },
    deadlock: null,
    reports: {},
    seed: 0,
    ...overrides,
  };
}

describe("app store: persistence", () => {
  it("persists code, progress and language, and nothing about the session", () => {
    const storage = new MemoryStorage();
    const store = createAppStore(storage, { now: () => 1000 });
    store.getState().setCode("ex1", "print(1)\n");
    store.getState().setLang("ru");
    store.getState().setTheme("dark");
    store.getState().runStarted(1, "ex1");
    store.getState().appendOutput(1, "stdout", "1\n");
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? "null") as { state: object };
    expect(saved.state).toEqual({
      code: { ex1: "print(1)\n" },
      codeEdited: { ex1: 1000 },
      progress: {},
      lang: "ru",
      theme: "dark",
    });
  });

  it("writes storage only when something it persists changed, not on a run's output", () => {
    const storage = new MemoryStorage();
    const store = createAppStore(storage, { now: () => 1000 });
    store.getState().setCode("ex1", "print(1)\n");
    const writes = storage.writes;
    store.getState().runStarted(1, "ex1");
    for (let i = 0; i < 50; i++) store.getState().appendOutput(1, "stdout", `${i}\n`);
    expect(storage.writes).toBe(writes);
    store.getState().recordRun("ex1", 0);
    store.getState().setCode("ex1", "print(2)\n");
    expect(storage.writes).toBe(writes + 2);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? "null") as { state: PersistedState };
    expect(saved.state.code).toEqual({ ex1: "print(2)\n" });
    expect(saved.state.progress["ex1"]?.runs).toBe(1);
  });

  it("restores the learner's code in a new store (a reload)", () => {
    const storage = new MemoryStorage();
    createAppStore(storage).getState().setCode("ex1", "x = 1\n");
    const reloaded = createAppStore(storage);
    expect(reloaded.getState().code).toEqual({ ex1: "x = 1\n" });
    expect(reloaded.getState().runStatus).toBe("idle");
  });

  it("resetCode forgets the learner's code for one exercise only", () => {
    const store = createAppStore(new MemoryStorage());
    store.getState().setCode("a", "1");
    store.getState().setCode("b", "2");
    store.getState().resetCode("a");
    expect(store.getState().code).toEqual({ b: "2" });
  });
});

describe("app store: runs", () => {
  it("merges consecutive output of one stream and keeps streams apart", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.runStarted(1, "ex");
    s.appendOutput(1, "stdout", "a");
    s.appendOutput(1, "stdout", "b\n");
    s.appendOutput(1, "stderr", "oops\n");
    s.appendOutput(1, "stdout", "c\n");
    expect(store.getState().output).toEqual([
      { stream: "stdout", text: "ab\n" },
      { stream: "stderr", text: "oops\n" },
      { stream: "stdout", text: "c\n" },
    ]);
  });

  it("ignores news of a run that is not the current one", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.runStarted(1, "ex");
    s.runStopped(1, false);
    s.runStarted(2, "ex");
    s.appendOutput(1, "stdout", "late\n");
    s.runFinished(1, result());
    expect(store.getState().output).toEqual([]);
    expect(store.getState().runStatus).toBe("running");
  });

  it("records the outcome and the exercise's progress when a run finishes", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.runStarted(1, "ex");
    s.runFinished(1, result({ elapsed: 2, exitCode: 0 }));
    s.runStarted(2, "ex");
    s.runFinished(2, result({ exitCode: 3 }));
    expect(store.getState().outcome).toEqual({
      kind: "finished",
      elapsed: 1.5,
      exitCode: 3,
      error: null,
    });
    expect(store.getState().progress.ex).toMatchObject({ runs: 2, lastExitCode: 3, checks: 0 });
  });

  it("adds the traceback to the console unless stderr already showed it", () => {
    const traceback =
      'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\nZeroDivisionError: division by zero\n';
    const error = { type: "ZeroDivisionError", message: "division by zero", line: 2, traceback };
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.runStarted(1, "ex");
    s.runFinished(1, result({ exitCode: 1, error }));
    expect(store.getState().output).toEqual([{ stream: "stderr", text: traceback }]);

    s.runStarted(2, "ex");
    s.appendOutput(2, "stderr", traceback);
    s.runFinished(2, result({ exitCode: 1, error }));
    expect(store.getState().output).toEqual([{ stream: "stderr", text: traceback }]);
  });

  it("goes running -> stopping -> idle with a stopped outcome", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.runStarted(4, "ex");
    s.runStopping(4);
    expect(store.getState().runStatus).toBe("stopping");
    s.runStopped(4, true);
    expect(store.getState().runStatus).toBe("idle");
    expect(store.getState().outcome).toEqual({ kind: "stopped", restarted: true });
    expect(store.getState().progress).toEqual({});
  });
});

function verdict(passed: boolean, overrides: Partial<Verdict["run"]> = {}): Verdict {
  return {
    exerciseId: "ex",
    passed,
    checks: [],
    hints: [],
    run: {
      stdout: "out\n",
      stderr: "",
      exitCode: 0,
      elapsed: 3,
      error: null,
      deadlock: null,
      seed: 1,
      trace: { version: 1, lanes: [], events: [], truncated: false },
      ...overrides,
    },
    failure: null,
    lang: "en",
    solutionAvailable: true,
  };
}

describe("app store: checks", () => {
  it("keeps the verdict, the main run's output and trace, and counts the attempt", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.runStarted(1, "ex", "check");
    expect(store.getState()).toMatchObject({ runMode: "check", runStatus: "running" });
    s.checkFinished(1, verdict(false, { stderr: "warn\n" }));
    const state = store.getState();
    expect(state.runStatus).toBe("idle");
    expect(state.verdict?.passed).toBe(false);
    expect(state.output).toEqual([
      { stream: "stdout", text: "out\n" },
      { stream: "stderr", text: "warn\n" },
    ]);
    expect(state.outcome).toMatchObject({ kind: "checked", passed: false, elapsed: 3 });
    expect(state.lastTrace).toMatchObject({ exerciseId: "ex", source: "check", elapsed: 3 });
    expect(state.progress.ex).toMatchObject({ checks: 1, solved: false, runs: 0 });
  });

  it("marks an exercise solved once a check passes, and keeps it solved", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.runStarted(1, "ex", "check");
    s.checkFinished(1, verdict(true));
    s.runStarted(2, "ex", "check");
    s.checkFinished(2, verdict(false));
    expect(store.getState().progress.ex).toMatchObject({ checks: 2, solved: true });
  });

  it("records no progress for an unrecorded exercise id (the authoring page's Test)", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    const id = `${UNRECORDED_PREFIX}author:ex`;
    s.runStarted(1, id, "check");
    s.checkFinished(1, verdict(true));
    s.runStarted(2, id, "run");
    s.runFinished(2, result());
    expect(store.getState().verdict?.passed).toBe(true);
    expect(store.getState().progress).toEqual({});
  });

  it("a new check clears the old verdict; a run keeps it", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.runStarted(1, "ex", "check");
    s.checkFinished(1, verdict(false));
    s.runStarted(2, "ex", "run");
    s.runFinished(2, result());
    expect(store.getState().verdict).not.toBeNull();
    expect(store.getState().lastTrace?.source).toBe("run");
    s.runStarted(3, "ex", "check");
    expect(store.getState().verdict).toBeNull();
    expect(store.getState().lastTrace).toBeNull();
  });

  it("a stopped check leaves no verdict and counts no attempt", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.runStarted(1, "ex", "check");
    s.runStopped(1, false);
    s.checkFinished(1, verdict(true));
    expect(store.getState().verdict).toBeNull();
    expect(store.getState().progress).toEqual({});
  });
});

describe("app store: hints and solution", () => {
  it("reveals general hints one at a time, never more than there are, and persists them", () => {
    const storage = new MemoryStorage();
    const store = createAppStore(storage);
    for (let i = 0; i < 5; i++) store.getState().revealHint("ex", 3);
    expect(store.getState().progress.ex?.hintsShown).toBe(3);
    expect(createAppStore(storage).getState().progress.ex?.hintsShown).toBe(3);
  });

  it("reveals the solution only after a check attempt", () => {
    const store = createAppStore(new MemoryStorage());
    const s = store.getState();
    s.revealSolution("ex");
    expect(store.getState().progress.ex).toBeUndefined();
    s.runStarted(1, "ex", "check");
    s.checkFinished(1, verdict(false));
    s.revealSolution("ex");
    expect(store.getState().progress.ex?.solutionRevealed).toBe(true);
  });

  it("reads progress saved by version 1 and fills in what it lacks", () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        state: { code: { ex: "x" }, progress: { ex: { runs: 2, lastExitCode: 0 } }, lang: "ru" },
        version: 1,
      }),
    );
    const state = createAppStore(storage).getState();
    expect(state.code).toEqual({ ex: "x" });
    expect(state.lang).toBe("ru");
    expect(state.progress.ex).toEqual({
      runs: 2,
      lastExitCode: 0,
      checks: 0,
      solved: false,
      hintsShown: 0,
      solutionRevealed: false,
    });
  });
});

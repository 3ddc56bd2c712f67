import { describe, expect, it } from "vitest";
import { BACKUP_KIND, backupText, readBackup, restoreBackup, summarizeRestore } from "./backup";
import { createAppStore } from "./create-store";
import { persistedOf } from "./sync";
import { MemoryStorage } from "./test-storage";

describe("backup file", () => {
  it("holds the learner's code and progress and reads back", () => {
    const store = createAppStore(new MemoryStorage(), { now: () => 7 });
    store.getState().setCode("ex1", "print('mine')\n");
    store.getState().recordCheck("ex1", true);
    const text = backupText(store.getState());
    expect(JSON.parse(text)).toMatchObject({ kind: BACKUP_KIND });
    expect(readBackup(text)).toEqual(persistedOf(store.getState()));
  });

  it("refuses files that are not backups", () => {
    expect(readBackup("{")).toBeNull();
    expect(readBackup(JSON.stringify({ state: { code: {} } }))).toBeNull();
    expect(readBackup(JSON.stringify({ version: 1, id: "an-exercise" }))).toBeNull();
  });

  it("restoring adds the file's work without discarding newer work", () => {
    const old = createAppStore(new MemoryStorage(), { now: () => 1 });
    old.getState().setCode("ex1", "old\n");
    old.getState().setCode("ex2", "only in the file\n");
    old.getState().recordCheck("ex2", true);
    const backup = readBackup(backupText(old.getState()));
    const now = createAppStore(new MemoryStorage(), { now: () => 9 });
    now.getState().setCode("ex1", "new\n");
    const restored = restoreBackup(persistedOf(now.getState()), backup!);
    expect(restored.code).toEqual({ ex1: "new\n", ex2: "only in the file\n" });
    expect(restored.progress.ex2?.solved).toBe(true);
  });

  it("summarises what a restore changed: newer code, more progress, new solves", () => {
    const here = createAppStore(new MemoryStorage(), { now: () => 1 });
    here.getState().setCode("a", "old\n");
    here.getState().setCode("c", "same\n");
    const there = createAppStore(new MemoryStorage(), { now: () => 9 });
    there.getState().setCode("a", "new\n");
    there.getState().recordRun("b", 0);
    there.getState().recordCheck("d", true);
    const before = persistedOf(here.getState());
    const after = restoreBackup(before, readBackup(backupText(there.getState()))!);
    expect(summarizeRestore(before, after)).toEqual({ code: 1, progress: 1, solved: 1 });
    expect(summarizeRestore(after, after)).toEqual({ code: 0, progress: 0, solved: 0 });
  });
});

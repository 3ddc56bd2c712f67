import { describe, expect, it, vi } from "vitest";
import { createAppStore } from "./create-store";
import { createPersistence } from "./persistence";
import type { SaveProblem } from "./slices/saving";
import { applyStored, STORAGE_KEY } from "./sync";
import { ManualTimer } from "./test-timer";
import { MemoryStorage } from "./test-storage";

/**
 * localStorage shared by tabs: a write fires a `storage` event in every other tab, as browsers
 * do; `deliver` is false to hold events back (a tab that saves before it heard the other).
 */
class SharedStorage extends MemoryStorage {
  readonly tabs = new Set<{ onStorage: (value: string | null) => void; writer: boolean }>();
  deliver = true;
  override setItem(name: string, value: string): void {
    super.setItem(name, value);
    if (this.deliver)
      for (const tab of this.tabs) if (!tab.writer && name === STORAGE_KEY) tab.onStorage(value);
  }
}

function openTab(shared: SharedStorage, clock: { now: number }) {
  const timer = new ManualTimer();
  const problems: (SaveProblem | null)[] = [];
  const self = { onStorage: (_value: string | null) => {}, writer: false };
  const persistence = createPersistence({
    local: {
      getItem: (name) => shared.getItem(name),
      setItem: (name, value) => {
        self.writer = true;
        try {
          shared.setItem(name, value);
        } finally {
          self.writer = false;
        }
      },
      removeItem: (name) => shared.removeItem(name),
    },
    timer,
    report: (problem) => problems.push(problem),
  });
  const store = createAppStore(persistence, { now: () => clock.now });
  self.onStorage = (value) => applyStored(store, value);
  shared.tabs.add(self);
  return { store, persistence, problems };
}

const stored = (shared: SharedStorage) =>
  JSON.parse(shared.getItem(STORAGE_KEY) ?? "null") as {
    state: { code: Record<string, string>; progress: Record<string, { solved: boolean }> };
  };

describe("two tabs", () => {
  it("see each other's saves, and neither loses the other's solved mark or code", () => {
    const shared = new SharedStorage();
    const clock = { now: 1 };
    const a = openTab(shared, clock);
    const b = openTab(shared, clock);
    a.store.getState().setCode("ex1", "solution\n");
    a.store.getState().recordCheck("ex1", true);
    a.persistence.flush();
    // Tab B heard A's save: it shows the solved mark and the code.
    expect(b.store.getState().progress.ex1?.solved).toBe(true);
    expect(b.store.getState().code.ex1).toBe("solution\n");
    clock.now = 2;
    b.store.getState().setCode("ex2", "draft\n");
    b.persistence.flush();
    expect(stored(shared).state.progress.ex1?.solved).toBe(true);
    expect(stored(shared).state.code).toEqual({ ex1: "solution\n", ex2: "draft\n" });
    expect(a.store.getState().code.ex2).toBe("draft\n");
  });

  it("a tab that saves before hearing the other still keeps the other's work", () => {
    const shared = new SharedStorage();
    const clock = { now: 1 };
    const a = openTab(shared, clock);
    const b = openTab(shared, clock);
    shared.deliver = false;
    a.store.getState().recordCheck("ex1", true);
    a.persistence.flush();
    clock.now = 2;
    b.store.getState().setCode("ex1", "later attempt\n");
    b.store.getState().recordCheck("ex1", false);
    b.persistence.flush();
    expect(stored(shared).state.progress.ex1?.solved).toBe(true);
    expect(stored(shared).state.code.ex1).toBe("later attempt\n");
  });

  it("the newest code of an exercise wins in both tabs", () => {
    const shared = new SharedStorage();
    const clock = { now: 1 };
    const a = openTab(shared, clock);
    const b = openTab(shared, clock);
    a.store.getState().setCode("ex1", "older\n");
    clock.now = 5;
    b.store.getState().setCode("ex1", "newer\n");
    b.persistence.flush();
    a.persistence.flush();
    expect(a.store.getState().code.ex1).toBe("newer\n");
    expect(stored(shared).state.code.ex1).toBe("newer\n");
  });

  it("takes the other tab's language choice", () => {
    const shared = new SharedStorage();
    const clock = { now: 1 };
    const a = openTab(shared, clock);
    const b = openTab(shared, clock);
    b.store.getState().setLang("ru");
    b.persistence.flush();
    expect(a.store.getState().lang).toBe("ru");
  });

  it("ignores a stored value that is not ours", () => {
    const store = createAppStore(new MemoryStorage());
    store.getState().setCode("ex1", "mine\n");
    applyStored(store, "not json");
    applyStored(store, JSON.stringify({ something: "else" }));
    applyStored(store, null);
    expect(store.getState().code).toEqual({ ex1: "mine\n" });
  });
});

/** A localStorage whose writes fail the way a full one does in Chromium. */
class FullStorage extends MemoryStorage {
  full = true;
  override setItem(name: string, value: string): void {
    if (this.full) throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
    super.setItem(name, value);
  }
}

describe("failing storage", () => {
  it("tells the learner, keeps the work, and saves it once there is room again", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const local = new FullStorage();
    const timer = new ManualTimer();
    const problems: (SaveProblem | null)[] = [];
    const persistence = createPersistence({
      local,
      timer,
      report: (problem) => problems.push(problem),
    });
    const store = createAppStore(persistence, { now: () => 1 });
    store.getState().setCode("ex1", "precious\n");
    timer.fireAll();
    expect(problems.at(-1)).toBe("full");
    expect(local.getItem(STORAGE_KEY)).toBeNull();
    // Still pending: the store and reads see it, and the next flush tries again.
    expect(persistence.getItem(STORAGE_KEY)).toContain("precious");
    local.full = false;
    persistence.flush();
    expect(problems.at(-1)).toBeNull();
    expect(local.getItem(STORAGE_KEY)).toContain("precious");
    vi.restoreAllMocks();
  });

  it("names a refusal that is not about space, and a read that throws", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const problems: (SaveProblem | null)[] = [];
    const local = new MemoryStorage();
    local.setItem = () => {
      throw Object.assign(new Error("denied"), { name: "SecurityError" });
    };
    local.getItem = () => {
      throw Object.assign(new Error("denied"), { name: "SecurityError" });
    };
    const persistence = createPersistence({
      local,
      timer: new ManualTimer(),
      report: (problem) => problems.push(problem),
    });
    expect(persistence.getItem(STORAGE_KEY)).toBeNull();
    persistence.setItem(STORAGE_KEY, "{}");
    persistence.flush();
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems)).toEqual(new Set(["failed"]));
    vi.restoreAllMocks();
  });

  it("without any storage, keeps work in memory and says so at every save", () => {
    const problems: (SaveProblem | null)[] = [];
    const persistence = createPersistence({
      local: null,
      timer: new ManualTimer(),
      report: (problem) => problems.push(problem),
    });
    const store = createAppStore(persistence);
    store.getState().setCode("ex1", "kept\n");
    persistence.flush();
    expect(problems).toEqual(["unavailable"]);
    expect(createAppStore(persistence).getState().code.ex1).toBe("kept\n");
  });
});

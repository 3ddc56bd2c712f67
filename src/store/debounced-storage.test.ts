import { describe, expect, it } from "vitest";
import { createDebouncedStorage } from "./debounced-storage";
import { ManualTimer } from "./test-timer";
import { MemoryStorage } from "./test-storage";

function setup(base = new MemoryStorage()) {
  const timer = new ManualTimer();
  const errors: unknown[] = [];
  const storage = createDebouncedStorage(base, {
    delayMs: 300,
    timer,
    onError: (error) => errors.push(error),
  });
  return { base, timer, storage, errors };
}

describe("debounced storage", () => {
  it("writes only the latest value, once the timer fires", () => {
    const { base, timer, storage } = setup();
    storage.setItem("k", "1");
    storage.setItem("k", "2");
    storage.setItem("k", "3");
    expect(base.writes).toBe(0);
    expect(timer.scheduled.size).toBe(1);
    timer.fireAll();
    expect(base.writes).toBe(1);
    expect(base.getItem("k")).toBe("3");
  });

  it("reads pending values before they are written", () => {
    const { storage } = setup();
    storage.setItem("k", "draft");
    expect(storage.getItem("k")).toBe("draft");
  });

  it("skips a value equal to the one already written", () => {
    const { base, timer, storage } = setup();
    storage.setItem("k", "same");
    timer.fireAll();
    storage.setItem("k", "same");
    expect(timer.scheduled.size).toBe(0);
    expect(base.writes).toBe(1);
  });

  it("flush writes at once and cancels the timer", () => {
    const { base, timer, storage } = setup();
    storage.setItem("k", "now");
    storage.flush();
    expect(base.getItem("k")).toBe("now");
    expect(timer.scheduled.size).toBe(0);
  });

  it("reports a failed write instead of throwing", () => {
    const failing = new MemoryStorage();
    failing.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    const { storage, errors } = setup(failing);
    storage.setItem("k", "v");
    storage.flush();
    expect(errors).toEqual([new Error("QuotaExceededError")]);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { holdLifeLock, newLifeLockName, watchLifeLock } from "./life-lock";

/** A lock manager with the Web Locks semantics used here: one holder per name, grants in order. */
class FakeLocks {
  private queues = new Map<string, { callback: () => unknown; owner: string }[]>();
  private holders = new Map<string, string>();
  /** Who calls `request` next (a worker or the page). */
  owner = "page";

  request(name: string, callback: () => unknown): Promise<unknown> {
    const queue = this.queues.get(name) ?? [];
    this.queues.set(name, queue);
    queue.push({ callback, owner: this.owner });
    this.grant(name);
    return Promise.resolve();
  }

  /** The browser releases every lock of an owner that ended. */
  end(owner: string): void {
    for (const [name, holder] of this.holders) {
      if (holder === owner) {
        this.holders.delete(name);
        this.grant(name);
      }
    }
  }

  private grant(name: string): void {
    if (this.holders.has(name)) return;
    const next = this.queues.get(name)?.shift();
    if (!next) return;
    this.holders.set(name, next.owner);
    void Promise.resolve(next.callback()).then(() => {
      this.holders.delete(name);
      this.grant(name);
    });
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the worker's life lock", () => {
  it("tells the page when the worker that holds it ends, and not before", async () => {
    const locks = new FakeLocks();
    vi.stubGlobal("navigator", { locks });
    const name = newLifeLockName();
    locks.owner = "worker";
    await holdLifeLock(name);
    locks.owner = "page";
    const gone = vi.fn();
    expect(watchLifeLock(name, gone)).toBe(true);
    await flush();
    expect(gone).not.toHaveBeenCalled();
    locks.end("worker");
    await flush();
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it("resolves the worker's hold only once the lock is held", async () => {
    const locks = new FakeLocks();
    vi.stubGlobal("navigator", { locks });
    const name = newLifeLockName();
    locks.owner = "other";
    void locks.request(name, () => new Promise(() => undefined));
    locks.owner = "worker";
    let held = false;
    void holdLifeLock(name).then(() => (held = true));
    await flush();
    expect(held).toBe(false);
    locks.end("other");
    await flush();
    expect(held).toBe(true);
  });

  it("does nothing where the browser has no Web Locks", async () => {
    vi.stubGlobal("navigator", {});
    await expect(holdLifeLock("x")).resolves.toBeUndefined();
    expect(watchLifeLock("x", () => undefined)).toBe(false);
  });

  it("names each worker differently", () => {
    expect(newLifeLockName()).not.toBe(newLifeLockName());
  });
});

import { describe, expect, it } from "vitest";
import { heapGuardOf, installHeapGuard, RUN_HEAP_BYTES } from "./heap-limit";

const MB = 2 ** 20;

/** A module object and imports whose resize records the sizes it was asked for. */
function guarded() {
  const asked: number[] = [];
  const resize = Object.assign((size: number) => (asked.push(size), 1), { sig: "ip" });
  const env: Record<string, unknown> = { emscripten_resize_heap: resize };
  const module = {};
  installHeapGuard(module, env);
  const grow = env["emscripten_resize_heap"] as ((size: number) => number) & { sig?: string };
  const guard = heapGuardOf({ _module: module });
  if (!guard) throw new Error("no guard installed");
  return { asked, grow, guard };
}

describe("the heap guard", () => {
  it("changes nothing until it is armed, and keeps the import's signature", () => {
    const { asked, grow, guard } = guarded();
    expect(grow(3000 * MB)).toBe(1);
    expect(asked).toEqual([3000 * MB]);
    expect(grow.sig).toBe("ip");
    expect(guard.refusedMB()).toBe(0);
  });

  it("refuses growth past the cap, then allows a reserve for the report, then refuses for good", () => {
    const { asked, grow, guard } = guarded();
    guard.arm(600 * MB);
    expect(grow(500 * MB)).toBe(1);
    expect(guard.refusedMB()).toBe(0);
    expect(grow(601 * MB)).toBe(0);
    expect(guard.refusedMB()).toBe(RUN_HEAP_BYTES / MB);
    expect(grow(610 * MB)).toBe(1); // the traceback and the result still need a little memory
    expect(grow(2000 * MB)).toBe(0);
    expect(asked).toEqual([500 * MB, 610 * MB]);
  });

  it("starts each run with the armed cap and nothing refused", () => {
    const { grow, guard } = guarded();
    guard.arm(600 * MB);
    grow(700 * MB);
    guard.newRun();
    expect(guard.refusedMB()).toBe(0);
    expect(grow(610 * MB)).toBe(0);
  });

  it("reads sizes as Emscripten passes them, unsigned", () => {
    const { grow, guard } = guarded();
    guard.arm(600 * MB);
    expect(grow((3000 * MB) | 0)).toBe(0); // a size over 2 GB arrives as a negative i32
  });

  it("leaves a module without the import alone", () => {
    const module = {};
    installHeapGuard(module, {});
    expect(heapGuardOf({ _module: module })).toBeNull();
  });
});

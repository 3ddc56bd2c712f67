import { describe, expect, it } from "vitest";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { skipUnchangedWrites } from "./unchanged-writes";

function recording(): PersistStorage<{ a: object; b: number }> & { written: unknown[] } {
  const written: unknown[] = [];
  return {
    written,
    getItem: () => null,
    setItem: (_name, value) => void written.push(value),
    removeItem: () => void written.push("removed"),
  };
}

describe("skipUnchangedWrites", () => {
  const a = { x: 1 };
  const value = (state: { a: object; b: number }, version = 1): StorageValue<typeof state> => ({
    state,
    version,
  });

  it("skips a write whose fields are the same objects as the last one written", () => {
    const inner = recording();
    const storage = skipUnchangedWrites(inner)!;
    storage.setItem("k", value({ a, b: 1 }));
    storage.setItem("k", value({ a, b: 1 }));
    expect(inner.written).toHaveLength(1);
  });

  it("writes when a field is a new object, even with equal contents, or the version changed", () => {
    const inner = recording();
    const storage = skipUnchangedWrites(inner)!;
    storage.setItem("k", value({ a, b: 1 }));
    storage.setItem("k", value({ a: { x: 1 }, b: 1 }));
    storage.setItem("k", value({ a, b: 2 }));
    storage.setItem("k", value({ a, b: 2 }, 2));
    expect(inner.written).toHaveLength(4);
  });

  it("writes again after a removal", () => {
    const inner = recording();
    const storage = skipUnchangedWrites(inner)!;
    storage.setItem("k", value({ a, b: 1 }));
    storage.removeItem("k");
    storage.setItem("k", value({ a, b: 1 }));
    expect(inner.written).toEqual([value({ a, b: 1 }), "removed", value({ a, b: 1 })]);
  });

  it("has nothing to wrap where there is no storage", () => {
    expect(skipUnchangedWrites(undefined)).toBeUndefined();
  });
});

/**
 * docs/SEED-COVERAGE.md maps every topic of the course's seed material to exercises: each
 * exercise it names must exist in the bundled pack, so the map cannot silently rot.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { loadPack } from "./loader";
import { DEFAULT_PACK_DIR, readPackFiles } from "./node";

const doc = readFileSync(new URL("../../docs/SEED-COVERAGE.md", import.meta.url), "utf8");

it("names only exercises that exist, at least one per seed topic", () => {
  const ids = new Set(loadPack(readPackFiles(DEFAULT_PACK_DIR)).exercises.map((e) => e.id));
  const rows = doc
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| seed"));
  const topics = rows.filter((row) => !/^\|[\s-|]+$/.test(row));
  expect(topics.length).toBeGreaterThan(25);
  for (const row of topics) {
    const named = [...(row.split("|")[2] ?? "").matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!);
    expect({ row, named: named.length > 0 }).toEqual({ row, named: true });
    for (const id of named)
      expect({ row, id, exists: ids.has(id) }).toEqual({ row, id, exists: true });
  }
});

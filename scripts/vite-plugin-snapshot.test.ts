import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { snapshotInputsKey } from "./snapshot/make.ts";
import { shippedSnapshotPlugins } from "./vite-plugin-snapshot.ts";

const root = resolve(import.meta.dirname, "..");

/** The virtual module's source, as the worker's pipeline would load it. */
async function virtualModule(enabled: boolean): Promise<string> {
  const plugin = shippedSnapshotPlugins(enabled).worker();
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (id: string) => Promise<string | null>;
  const id = resolveId("virtual:interleave/snapshot");
  expect(id).not.toBeNull();
  return (await load(id!)) ?? "";
}

describe("the shipped snapshot's plugin", () => {
  it("tells the worker there is no snapshot when it is off (dev server, INTERLEAVE_SNAPSHOT=0)", async () => {
    expect(await virtualModule(false)).toBe(
      'export default {"path":null,"environment":"","bytes":0};',
    );
  });

  it("answers only for its own module", () => {
    const plugin = shippedSnapshotPlugins(false).worker();
    const resolveId = plugin.resolveId as (id: string) => string | null;
    expect(resolveId("pyodide")).toBeNull();
  });
});

describe("snapshotInputsKey", () => {
  it("changes with a runtime file and with the engine's code, not with a test", () => {
    const copy = mkdtempSync(join(tmpdir(), "interleave-key-"));
    try {
      for (const dir of ["runtime/interleave", "runtime/shims", "src/engine", "src/worker"])
        cpSync(join(root, dir), join(copy, dir), { recursive: true });
      cpSync(join(root, "scripts/snapshot"), join(copy, "scripts/snapshot"), { recursive: true });
      cpSync(
        join(root, "node_modules/pyodide/package.json"),
        join(copy, "node_modules/pyodide/package.json"),
      );
      const before = snapshotInputsKey(copy);
      writeFileSync(
        join(copy, "src/engine/reset.test.ts"),
        "// a test is not made into the snapshot\n",
      );
      expect(snapshotInputsKey(copy)).toBe(before);
      writeFileSync(join(copy, "runtime/interleave/extra.py"), "X = 1\n");
      const withRuntime = snapshotInputsKey(copy);
      expect(withRuntime).not.toBe(before);
      writeFileSync(join(copy, "src/engine/extra.ts"), "export const x = 1;\n");
      expect(snapshotInputsKey(copy)).not.toBe(withRuntime);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

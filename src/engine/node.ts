/**
 * The engine in Node: for the CLI, the tests and the benchmarks.
 *
 * Node 20 needs `--experimental-wasm-stack-switching` for threads (cli/launch.mjs and the vitest
 * config pass it); without it asyncio programs still run. The hash seed is fixed so that set and
 * dict-of-set orders, and so outputs, are the same from one process to the next.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadPyodide } from "pyodide";
import { createEngine, type PyodideLoader, type SnapshotEngine } from "./engine";
import { sealedGlobals } from "./sealed-globals";
import { cachingModuleFactory, type ModuleFactory } from "./wasm-cache";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Every .py file below runtime/interleave and runtime/shims, keyed "interleave/x.py". */
export function readRuntimeFiles(root = join(projectRoot, "runtime")): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== "__pycache__" && name !== "tests") walk(full);
      } else if (name.endsWith(".py")) {
        files[relative(root, full)] = readFileSync(full, "utf8");
      }
    }
  };
  for (const top of ["interleave", "shims"]) {
    try {
      walk(join(root, top));
    } catch {
      // runtime/shims may not exist yet
    }
  }
  return files;
}

/** Loads Pyodides from node_modules: plain or restored from a snapshot (see ./interpreter.ts). */
export async function nodeLoader(): Promise<PyodideLoader> {
  const indexURL = join(projectRoot, "node_modules/pyodide") + "/";
  const factory = (await import(pathToFileURL(`${indexURL}pyodide.asm.mjs`).href)) as {
    default: ModuleFactory;
  };
  const createPyodideModule = cachingModuleFactory(factory.default);
  return (from) =>
    loadPyodide({
      indexURL,
      env: { PYTHONHASHSEED: "0" },
      jsglobals: sealedGlobals(),
      createPyodideModule,
      ...("snapshot" in from ? { _loadSnapshot: from.snapshot } : { _makeSnapshot: true }),
    } as Parameters<typeof loadPyodide>[0]);
}

/** Loads Pyodide from node_modules and returns a ready engine. */
export async function loadNodeEngine(): Promise<SnapshotEngine> {
  return createEngine(await nodeLoader(), readRuntimeFiles());
}

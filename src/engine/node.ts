/**
 * The engine in Node: for the CLI, the tests and the benchmarks.
 *
 * Node 20 needs `--experimental-wasm-stack-switching` for threads (cli/launch.mjs and the vitest
 * config pass it); without it asyncio programs still run. The hash seed is fixed so that set and
 * dict-of-set orders, and so outputs, are the same from one process to the next.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadPyodide } from "pyodide";
import { createEngine, type PyodideLoader, type SnapshotEngine } from "./engine";
import { pruneKept } from "./kept-cache";
import { PYTHON_ENV } from "./python-env";
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
      env: { ...PYTHON_ENV },
      jsglobals: sealedGlobals(),
      createPyodideModule,
      ...("snapshot" in from ? { _loadSnapshot: from.snapshot } : { _makeSnapshot: true }),
    } as Parameters<typeof loadPyodide>[0]);
}

/**
 * Where a snapshot of this exact Pyodide build and runtime is kept between Node processes (the
 * CLI starts in a fraction of the time from it). Keyed by a hash of both, so a change to either
 * makes a new one; the folder is node_modules' usual cache, never shipped.
 */
export function snapshotCachePath(files: Record<string, string>): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(join(projectRoot, "node_modules/pyodide/package.json")));
  for (const key of Object.keys(files).sort()) hash.update(`${key}\0${files[key]}\0`);
  const name = `snapshot-${hash.digest("hex").slice(0, 16)}.bin`;
  return join(projectRoot, "node_modules/.cache/interleave", name);
}

/** Loads Pyodide from node_modules and returns a ready engine, from the kept snapshot if any. */
export async function loadNodeEngine(): Promise<SnapshotEngine> {
  const load = await nodeLoader();
  const files = readRuntimeFiles();
  const path = snapshotCachePath(files);
  if (existsSync(path)) {
    try {
      return await createEngine(load, files, { snapshot: new Uint8Array(readFileSync(path)) });
    } catch {
      // A damaged or foreign file: make a new snapshot below.
    }
  }
  const engine = await createEngine(load, files);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, engine.snapshot);
    renameSync(partial, path); // whole or not at all, even with several processes at once
    pruneKept(dirname(path), /^snapshot-[0-9a-f]+\.bin$/);
  } catch {
    // Keeping it is an optimisation: a read-only checkout still works, only slower to start.
  }
  return engine;
}

/**
 * The engine in Node: for the CLI, the tests and the benchmarks.
 *
 * Node 20 needs `--experimental-wasm-stack-switching` for threads (cli/launch.mjs and the vitest
 * config pass it); without it asyncio programs still run. The hash seed is fixed so that set and
 * dict-of-set orders, and so outputs, are the same from one process to the next.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";
import { createEngine } from "./engine";
import type { Engine } from "./types";

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

/** Loads Pyodide from node_modules and returns a ready engine. */
export async function loadNodeEngine(): Promise<Engine> {
  const indexURL = join(projectRoot, "node_modules/pyodide") + "/";
  const pyodide = await loadPyodide({ indexURL, env: { PYTHONHASHSEED: "0" } });
  return createEngine(pyodide, readRuntimeFiles());
}

/**
 * Loads Pyodides in a browser (worker or page) from the site's own `pyodide/` folder: plain, or
 * restored from a memory snapshot (src/engine/interpreter.ts), compiling the WebAssembly once.
 */
import { loadPyodide } from "pyodide";
import type { PyodideLoader } from "../engine/interpreter";
import { sealedGlobals } from "../engine/sealed-globals";
import { cachingModuleFactory, type ModuleFactory } from "../engine/wasm-cache";

/** A loader of Pyodides from `indexURL` that compiles the WebAssembly only once. */
export async function browserLoader(
  indexURL: string,
  interruptBuffer: SharedArrayBuffer | null,
): Promise<PyodideLoader> {
  const factory = (await import(/* @vite-ignore */ `${indexURL}pyodide.asm.mjs`)) as {
    default: ModuleFactory;
  };
  const createPyodideModule = cachingModuleFactory(factory.default);
  return async (from) => {
    const pyodide = await loadPyodide({
      indexURL,
      packageBaseUrl: indexURL,
      jsglobals: sealedGlobals(),
      createPyodideModule,
      ...("snapshot" in from ? { _loadSnapshot: from.snapshot } : { _makeSnapshot: true }),
    } as Parameters<typeof loadPyodide>[0]);
    if (interruptBuffer) pyodide.setInterruptBuffer(new Int32Array(interruptBuffer));
    return pyodide;
  };
}

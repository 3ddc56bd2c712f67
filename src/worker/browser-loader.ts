/**
 * Loads Pyodides in a browser (worker or page) from the site's own `pyodide/` folder: plain, or
 * restored from a memory snapshot (src/engine/interpreter.ts), compiling the WebAssembly once.
 */
import { loadPyodide } from "pyodide";
import type { PyodideLoader } from "../engine/interpreter";
import { PYTHON_ENV } from "../engine/python-env";
import { sealedGlobals } from "../engine/sealed-globals";
import { cachingModuleFactory, type ModuleFactory } from "../engine/wasm-cache";
import { mark, marked } from "./startup-marks";

/** Emscripten's settings, as far as the marks below need them. */
interface WasmSettings {
  instantiateWasm?: (imports: object, done: (...args: unknown[]) => void) => object;
}

/** The factory, marking when each instantiation of the WebAssembly starts and ends. */
function markingFactory(factory: ModuleFactory): ModuleFactory {
  let instances = 0;
  return (settings) => {
    const s = settings as WasmSettings;
    const instantiate = s.instantiateWasm;
    if (instantiate) {
      s.instantiateWasm = (imports, done) => {
        const name = `wasm#${++instances}`;
        mark(`${name}:start`);
        return instantiate(imports, (...args) => {
          mark(`${name}:end`);
          done(...args);
        });
      };
    }
    return factory(settings);
  };
}

/**
 * Pyodide's WebAssembly (9.6 MB), compiled from the moment the worker starts, while the loader and
 * the snapshot download: Pyodide itself would compile it only once the snapshot is there.
 */
function compileAhead(indexURL: string): Promise<WebAssembly.Module> {
  const compiling = marked("compile-ahead", () =>
    WebAssembly.compileStreaming(fetch(`${indexURL}pyodide.asm.wasm`)),
  );
  compiling.catch(() => undefined); // Pyodide then compiles it as usual
  return compiling;
}

/** A loader of Pyodides from `indexURL` that compiles the WebAssembly only once. */
export async function browserLoader(
  indexURL: string,
  interruptBuffer: SharedArrayBuffer | null,
): Promise<PyodideLoader> {
  const ahead = compileAhead(indexURL);
  const factory = await marked(
    "import-loader",
    () =>
      import(/* @vite-ignore */ `${indexURL}pyodide.asm.mjs`) as Promise<{
        default: ModuleFactory;
      }>,
  );
  const createPyodideModule = markingFactory(cachingModuleFactory(factory.default, ahead));
  let loads = 0;
  return async (from) => {
    const name = `${"snapshot" in from ? "restore" : "load"}#${++loads}`;
    const pyodide = await marked(name, () =>
      loadPyodide({
        indexURL,
        packageBaseUrl: indexURL,
        env: { ...PYTHON_ENV },
        jsglobals: sealedGlobals(),
        createPyodideModule,
        ...("snapshot" in from ? { _loadSnapshot: from.snapshot } : { _makeSnapshot: true }),
      } as Parameters<typeof loadPyodide>[0]),
    );
    if (interruptBuffer) pyodide.setInterruptBuffer(new Int32Array(interruptBuffer));
    return pyodide;
  };
}

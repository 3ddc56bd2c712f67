/**
 * Compiles Pyodide's WebAssembly once per JavaScript realm. Every restored interpreter is a new
 * instance of the same module; without this, each one would fetch and compile the 9.6 MB module
 * again. Pyodide lets a host pass its own module factory (`createPyodideModule`); this wraps the
 * real factory so that, after the first instantiation, it instantiates the compiled module kept
 * here. Pyodide adds two imports of its own before instantiating (`Jsv_GetError_import`,
 * `JsvError_Check`): they are taken from the first instantiation and given to the later ones.
 * Each instantiation also gets its heap guard (./heap-limit.ts), unarmed until it is sealed.
 */
import { installHeapGuard } from "./heap-limit";

/** Emscripten's settings object, as far as this file needs it. */
interface ModuleSettings {
  instantiateWasm?: (
    imports: { env: Record<string, unknown> },
    done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
  ) => object;
}

export type ModuleFactory = (settings: object) => Promise<unknown>;

/**
 * `ahead`, if given, is the module compiled ahead (the browser worker starts compiling it while the
 * snapshot downloads). Pyodide compiles its own on the first instantiation, from a fetch it starts
 * itself, through `WebAssembly.instantiateStreaming`: that one call is answered with the module
 * compiled ahead instead (and goes to the real function if compiling ahead failed).
 */
export function cachingModuleFactory(
  factory: ModuleFactory,
  ahead?: Promise<WebAssembly.Module>,
): ModuleFactory {
  let compiled: { module: WebAssembly.Module; env: Record<string, unknown> } | null = null;
  return (settings) => {
    const s = settings as ModuleSettings;
    const original = s.instantiateWasm;
    s.instantiateWasm = (imports, done) => {
      installHeapGuard(settings, imports.env);
      if (compiled) {
        Object.assign(imports.env, compiled.env);
        const { module } = compiled;
        void WebAssembly.instantiate(module, imports as WebAssembly.Imports).then((instance) =>
          done(instance, module),
        );
        return {};
      }
      if (!original) throw new Error("Pyodide did not provide instantiateWasm");
      const restoreStreaming = ahead ? answerStreamingWith(ahead) : () => undefined;
      return original(imports, (instance, module) => {
        restoreStreaming();
        const env = {
          Jsv_GetError_import: imports.env["Jsv_GetError_import"],
          JsvError_Check: imports.env["JsvError_Check"],
        };
        compiled = { module, env };
        done(instance, module);
      });
    };
    return factory(settings);
  };
}

type Streaming = typeof WebAssembly.instantiateStreaming;

/**
 * Makes the next `WebAssembly.instantiateStreaming` call instantiate `ahead` (ignoring the response
 * it is given); returns a function that puts the real one back (idempotent).
 */
function answerStreamingWith(ahead: Promise<WebAssembly.Module>): () => void {
  const wasm = WebAssembly as unknown as { instantiateStreaming: Streaming };
  const real = wasm.instantiateStreaming;
  const restore = (): void => {
    wasm.instantiateStreaming = real;
  };
  wasm.instantiateStreaming = async (source: Response | PromiseLike<Response>, importObject) => {
    restore();
    let module: WebAssembly.Module;
    try {
      module = await ahead;
    } catch {
      return real(source, importObject);
    }
    return { module, instance: await WebAssembly.instantiate(module, importObject) };
  };
  return restore;
}

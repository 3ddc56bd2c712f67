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

export function cachingModuleFactory(factory: ModuleFactory): ModuleFactory {
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
      return original(imports, (instance, module) => {
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

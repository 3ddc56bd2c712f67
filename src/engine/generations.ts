/**
 * Finalizers that belong to a memory that is gone.
 *
 * Pyodide registers every PyProxy with a FinalizationRegistry (`Module.finalizationRegistry`)
 * whose callback decrements the proxied object's reference count when the proxy is collected.
 * After an in-place reset (./reset.ts) the linear memory is the sealed image again: a proxy made
 * by the run is collected later and its finalizer would decrement some unrelated word in it. So
 * each registry created while this is installed tags what it registers with its current
 * generation, and a finalizer runs only if the registry is still at that generation. Pyodide
 * creates the registry inside its module factory, so the realm's constructor is replaced, once,
 * before Pyodide is loaded; registries work as before otherwise.
 */

interface Tagged {
  readonly held: unknown;
  readonly generation: number;
}

const Native = globalThis.FinalizationRegistry;

/** A FinalizationRegistry whose finalizers are dropped once `generation` has moved on. */
class GatedRegistry extends Native<unknown> {
  readonly clock: { generation: number };
  constructor(cleanup: (held: unknown) => void) {
    const clock = { generation: 0 };
    super((tagged) => {
      const { held, generation } = tagged as Tagged;
      if (generation === clock.generation) cleanup(held);
    });
    this.clock = clock;
  }
  override register(target: WeakKey, held: unknown, token?: WeakKey): void {
    const tagged: Tagged = { held, generation: this.clock.generation };
    super.register(target, tagged, token);
  }
}

let installed = false;

/** Makes every FinalizationRegistry created from now on in this realm a gated one. */
export function installGatedFinalizers(): void {
  if (installed || typeof Native !== "function") return;
  installed = true;
  globalThis.FinalizationRegistry = GatedRegistry as unknown as FinalizationRegistryConstructor;
}

/** Drops every finalizer `registry` holds now (a no-op for a registry made before installing). */
export function nextGeneration(registry: unknown): void {
  if (registry instanceof GatedRegistry) registry.clock.generation += 1;
}

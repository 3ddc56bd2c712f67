/**
 * Ships the engine's memory snapshot with the site (scripts/snapshot/make.ts makes it in headless
 * Chromium), so a first visit restores Python instead of building it up (issue #12, item 1).
 *
 * The worker learns of it through the virtual module `virtual:interleave/snapshot` (its path,
 * size and the environment it was made in; src/worker/shipped-snapshot.ts): both pipelines, the
 * app's and the worker's, get the plugin, and the snapshot is made once per build. It is emitted
 * as `assets/snapshot-<hash>.bin`: the name changes with the content, so hosts cache it for good
 * (scripts/cache-policy.ts) and the service worker precaches it with the rest. It holds gzip data
 * but is not named `.gz`: servers (sirv among them) would send that with `Content-Encoding: gzip`,
 * and the browser would hand the worker the bytes already decompressed.
 *
 * In the dev server, with `INTERLEAVE_SNAPSHOT=0`, or where Chromium cannot be started, no
 * snapshot is shipped (the module says `path: null`) and the app makes one on the first visit.
 */
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { shippedSnapshot, type ShippedSnapshot } from "./snapshot/make.ts";

const VIRTUAL = "virtual:interleave/snapshot";
const RESOLVED = `\0${VIRTUAL}`;

export interface SnapshotPlugins {
  /** For the app's pipeline: makes the snapshot and emits it. */
  main: Plugin;
  /** For the worker's pipeline (`worker.plugins`): the virtual module only. */
  worker: () => Plugin;
}

export function shippedSnapshotPlugins(enabled: boolean): SnapshotPlugins {
  const root = resolve(import.meta.dirname, "..");
  let made: Promise<ShippedSnapshot | null> | null = null;
  const snapshot = (): Promise<ShippedSnapshot | null> => {
    made ??= enabled
      ? shippedSnapshot(root).then((result) => {
          if ("failed" in result) {
            console.warn(`No snapshot shipped (the first visit will make one): ${result.failed}`);
            return null;
          }
          return result;
        })
      : Promise.resolve(null);
    return made;
  };
  const pathOf = (s: ShippedSnapshot): string => `assets/snapshot-${s.key.slice(0, 8)}.bin`;
  const virtualModule = (): Plugin => ({
    name: "interleave:snapshot-module",
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const s = await snapshot();
      const shipped = s
        ? { path: pathOf(s), environment: s.environment, bytes: s.bytes }
        : { path: null, environment: "", bytes: 0 };
      return `export default ${JSON.stringify(shipped)};`;
    },
  });
  return {
    main: {
      ...virtualModule(),
      name: "interleave:snapshot",
      async buildStart() {
        await snapshot(); // before any module is loaded: the worker's pipeline waits on it too
      },
      async generateBundle() {
        const s = await snapshot();
        if (s) this.emitFile({ type: "asset", fileName: pathOf(s), source: s.gzip });
      },
    },
    worker: virtualModule,
  };
}

/**
 * The snapshot shipped with the build (scripts/vite-plugin-snapshot.ts), as the worker sees it.
 */
declare module "virtual:interleave/snapshot" {
  const shipped: {
    /** Path below the site's root ("assets/snapshot-1a2b3c4d.bin"), or null when none was made. */
    readonly path: string | null;
    /** Where it was made (src/worker/snapshot-environment.ts). */
    readonly environment: string;
    /** Its size once decompressed: a shorter download is a broken one. */
    readonly bytes: number;
  };
  export default shipped;
}

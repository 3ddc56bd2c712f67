/**
 * The bundled packs, loaded and validated at build time (scripts/vite-plugin-bundled-pack.ts): a
 * LoadedPack (src/exercises/loader.ts), typed where it is imported (./load-exercises.ts).
 */
declare module "virtual:interleave/bundled-pack" {
  const pack: unknown;
  export default pack;
}

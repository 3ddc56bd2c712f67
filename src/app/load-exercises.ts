/**
 * The exercise packs bundled with the site: every JSON file under exercises/ (exercises and the
 * course file that declares the modules), loaded and validated at build time
 * (scripts/vite-plugin-bundled-pack.ts). A malformed file is an error naming it; the others load.
 */
import bundled from "virtual:interleave/bundled-pack";
import type { LoadedPack } from "../exercises";

/** Paths relative to the project ("exercises/asyncio/gather.json"), as the CLI names them too. */
export function loadBundledExercises(): LoadedPack {
  return bundled as LoadedPack;
}

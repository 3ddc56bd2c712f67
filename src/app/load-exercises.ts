/**
 * The exercise packs bundled with the site: every JSON file under exercises/ (exercises and the
 * course file that declares the modules), validated by the exercise loader. A malformed file becomes an error naming it; the other files still load.
 */
import { loadPack, type LoadedPack } from "../exercises";

const RAW_FILES = import.meta.glob<string>("/exercises/**/*.json", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Paths relative to the project ("exercises/asyncio/gather.json"), as the CLI names them too. */
export function loadBundledExercises(): LoadedPack {
  const files = Object.fromEntries(
    Object.entries(RAW_FILES).map(([path, text]) => [path.replace(/^\//, ""), text]),
  );
  return loadPack(files);
}

/**
 * Writes generated files, or with `--check` on the command line exits 1 when a committed one is
 * out of date (missing counts as out of date). Shared by scripts/gen-schema.ts and
 * scripts/gen-contract.ts, which only say what to generate.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** `targets`: [path relative to this folder, text]; `command` is what regenerates them. */
export function writeOrCheck(targets: [string, string][], command: string): never {
  let stale = 0;
  for (const [relative, text] of targets) {
    const target = fileURLToPath(new URL(relative, import.meta.url));
    if (process.argv.includes("--check")) {
      let current = "";
      try {
        current = readFileSync(target, "utf8");
      } catch {
        // missing counts as out of date
      }
      if (current !== text) {
        console.error(`${target} is out of date: run ${command}`);
        stale++;
      }
    } else {
      writeFileSync(target, text);
      console.log(`wrote ${target}`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}

/**
 * node_modules/.cache/interleave/ keeps what is slow to make and keyed by what it is made of: the
 * CLI's engine snapshots (./node.ts, 30 MB each) and the site's shipped snapshots
 * (scripts/snapshot/make.ts, 8 MB each, with their record). Each change of the runtime's files
 * makes new ones under a new key; the old ones are removed here, the most recently written kept.
 * A file another process is still reading is read whole already, or is made again by it.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

/** How many of each kind are kept (a few checkouts or branches switched between). */
export const KEEP_KEPT = 4;

/** Removes all but the `keep` most recently written files of `dir` whose name is `name`'s; for
 * each removed file, also the files named by `companions` of it (its record). */
export function pruneKept(
  dir: string,
  name: RegExp,
  keep = KEEP_KEPT,
  companions: (file: string) => string[] = () => [],
): void {
  const kept = readdirSync(dir)
    .filter((file) => name.test(file))
    .map((file) => ({ file, at: statSync(join(dir, file)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { file } of kept.slice(keep))
    for (const path of [file, ...companions(file)]) rmSync(join(dir, path), { force: true });
}

/**
 * Orders the course map: modules (topics) in teaching order, the usual four first and any others
 * after them alphabetically; within a module by `order`, then by id. Pure and deterministic.
 */
import type { Exercise } from "../../exercises";

const TEACHING_ORDER = ["asyncio", "threading", "multiprocessing", "futures"];

const MODULE_TITLES: Record<string, string> = {
  asyncio: "asyncio",
  threading: "Threads",
  multiprocessing: "Processes",
  futures: "concurrent.futures",
};

export interface ModuleGroup {
  module: string;
  title: string;
  exercises: Exercise[];
}

function moduleRank(module: string): number {
  const rank = TEACHING_ORDER.indexOf(module);
  return rank === -1 ? TEACHING_ORDER.length : rank;
}

export function groupByModule(exercises: readonly Exercise[]): ModuleGroup[] {
  const groups = new Map<string, Exercise[]>();
  for (const exercise of exercises) {
    const group = groups.get(exercise.module) ?? [];
    group.push(exercise);
    groups.set(exercise.module, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => moduleRank(a) - moduleRank(b) || a.localeCompare(b))
    .map(([module, members]) => ({
      module,
      title: MODULE_TITLES[module] ?? module,
      exercises: [...members].sort(
        (a, b) =>
          (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
          a.id.localeCompare(b.id),
      ),
    }));
}

/**
 * Orders the course map: the modules the pack's course files declare, in their order and with
 * their titles; then modules no course file declares, alphabetically, titled by their id (so an
 * exercise is never hidden by a missing declaration). Within a module by `order`, then by id.
 * Modules without exercises are left out. Pure and deterministic.
 */
import type { CourseModule, Exercise, LocalizedText } from "../../exercises";

export interface ModuleGroup {
  module: string;
  title: LocalizedText;
  exercises: Exercise[];
}

export function groupByModule(
  exercises: readonly Exercise[],
  declared: readonly CourseModule[],
): ModuleGroup[] {
  const groups = new Map<string, Exercise[]>();
  for (const exercise of exercises) {
    const group = groups.get(exercise.module) ?? [];
    group.push(exercise);
    groups.set(exercise.module, group);
  }
  const rank = new Map(declared.map((module, i) => [module.id, i]));
  const titles = new Map(declared.map((module) => [module.id, module.title]));
  const last = declared.length;
  return [...groups.entries()]
    .sort(([a], [b]) => (rank.get(a) ?? last) - (rank.get(b) ?? last) || a.localeCompare(b))
    .map(([module, members]) => ({
      module,
      title: titles.get(module) ?? module,
      exercises: [...members].sort(
        (a, b) =>
          (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
          a.id.localeCompare(b.id),
      ),
    }));
}

/** Test helper: the smallest valid exercise, with overrides. */
import type { Exercise } from "./index";

export function minimalExercise(fields: Partial<Exercise> = {}): Exercise {
  return {
    version: 1,
    id: "ex",
    title: "Ex",
    module: "asyncio",
    difficulty: "easy",
    description: "",
    starter: "",
    solution: "",
    checks: [{ kind: "exit", code: 0 }],
    ...fields,
  };
}

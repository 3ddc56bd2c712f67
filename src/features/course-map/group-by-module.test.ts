import { describe, expect, it } from "vitest";
import type { CourseModule, Exercise } from "../../exercises";
import { groupByModule } from "./group-by-module";

function exercise(id: string, module: string, order?: number): Exercise {
  return {
    version: 1,
    id,
    title: id,
    module,
    difficulty: "easy",
    description: "",
    starter: "",
    solution: "",
    checks: [{ kind: "exit", code: 0 }],
    ...(order === undefined ? {} : { order }),
  };
}

const declared: CourseModule[] = [
  { id: "asyncio-basics", title: { en: "asyncio basics", ru: "Основы asyncio" } },
  { id: "threading", title: { en: "Threads", ru: "Потоки" } },
  { id: "empty", title: "Nothing here yet" },
];

describe("groupByModule", () => {
  it("puts declared modules in their order with their titles, undeclared ones after, alphabetical", () => {
    const groups = groupByModule(
      [
        exercise("z", "zeta"),
        exercise("t", "threading"),
        exercise("b", "beta"),
        exercise("a", "asyncio-basics"),
      ],
      declared,
    );
    expect(groups.map((g) => g.module)).toEqual(["asyncio-basics", "threading", "beta", "zeta"]);
    expect(groups.map((g) => g.title)).toEqual([
      { en: "asyncio basics", ru: "Основы asyncio" },
      { en: "Threads", ru: "Потоки" },
      "beta",
      "zeta",
    ]);
  });

  it("orders exercises by `order`, then id, those without an order last", () => {
    const groups = groupByModule(
      [
        exercise("c", "asyncio"),
        exercise("b", "asyncio", 2),
        exercise("a", "asyncio"),
        exercise("d", "asyncio", 1),
      ],
      [],
    );
    expect(groups[0]?.exercises.map((e) => e.id)).toEqual(["d", "b", "a", "c"]);
  });
});

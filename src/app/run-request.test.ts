import { describe, expect, it } from "vitest";
import type { Exercise } from "../exercises";
import { buildRunRequest } from "./run-request";
import { minimalExercise } from "../exercises/testing";

const base: Exercise = minimalExercise();

describe("buildRunRequest", () => {
  it("runs the learner's code as main.py", () => {
    expect(buildRunRequest(base, "print(1)\n")).toEqual({
      code: "print(1)\n",
      filename: "main.py",
    });
  });

  it("carries the exercise's run settings", () => {
    const exercise: Exercise = {
      ...base,
      run: {
        seed: 7,
        cpuCount: 2,
        virtualTimeLimit: 30,
        outputLimit: 500,
        endpoints: [{ path: "/slow", latency: 2, body: { ok: true } }],
        files: { "data.txt": "x" },
      },
    };
    expect(buildRunRequest(exercise, "pass")).toEqual({
      code: "pass",
      filename: "main.py",
      seed: 7,
      cpuCount: 2,
      virtualTimeLimit: 30,
      outputLimit: 500,
      endpoints: [{ path: "/slow", latency: 2, body: { ok: true } }],
      files: { "data.txt": "x" },
    });
  });
});

import { describe, expect, it } from "vitest";
import { RUN_DEFAULTS } from "./names";
import { buildRunRequest } from "./request";
import { RunContractError } from "./validate";

describe("buildRunRequest", () => {
  it("fills in every default of the contract", () => {
    expect(buildRunRequest({ code: "print(1)\n" })).toEqual({
      ...RUN_DEFAULTS,
      code: "print(1)\n",
    });
    expect(RUN_DEFAULTS.filename).toBe("main.py");
  });

  it("carries an exercise's settings and drops the ones given as undefined", () => {
    const settings = {
      seed: 7,
      cpuCount: 2,
      virtualTimeLimit: 30,
      outputLimit: 500,
      endpoints: [{ path: "/slow", latency: 2, body: { ok: true } }],
      files: { "data.txt": "x" },
    };
    expect(buildRunRequest({ ...settings, code: "pass", filename: undefined })).toEqual({
      ...settings,
      code: "pass",
      filename: "main.py",
      stepLimit: RUN_DEFAULTS.stepLimit,
    });
  });

  it("names the field of a request that is off the contract", () => {
    const bad = () =>
      buildRunRequest({ code: "", endpoints: [{ path: "/a" }, { path: "b", method: "G T" }] });
    expect(bad).toThrow(RunContractError);
    expect(bad).toThrow(/endpoints\[1\]\.path/);
    expect(bad).toThrow(/endpoints\[1\]\.method/);
    expect(() => buildRunRequest({ code: "", cpuCount: 0 })).toThrow(/cpuCount: must be >= 1/);
    expect(() => buildRunRequest({ code: "", ...({ timeLimit: 3 } as object) })).toThrow(
      /timeLimit/,
    );
  });
});

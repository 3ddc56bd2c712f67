import { describe, expect, it } from "vitest";
import { toRuntimeFiles } from "./runtime-files";

describe("toRuntimeFiles", () => {
  it("strips the leading /runtime/ and keeps the text", () => {
    expect(
      toRuntimeFiles({
        "/runtime/interleave/__init__.py": "x = 1\n",
        "/runtime/shims/aiohttp/__init__.py": "y = 2\n",
      }),
    ).toEqual({
      "interleave/__init__.py": "x = 1\n",
      "shims/aiohttp/__init__.py": "y = 2\n",
    });
  });

  it("rejects a path outside runtime/", () => {
    expect(() => toRuntimeFiles({ "/src/x.py": "" })).toThrow("/src/x.py");
  });
});

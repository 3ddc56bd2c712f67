import { describe, expect, it } from "vitest";
import { cacheControlFor, IMMUTABLE, REVALIDATE } from "./cache-policy";

describe("cacheControlFor", () => {
  it("caches hashed assets for good", () => {
    expect(cacheControlFor("assets/index-Ab12Cd34.js")).toBe(IMMUTABLE);
    expect(cacheControlFor("assets/codicon-DF1abBS2.ttf")).toBe(IMMUTABLE);
  });

  it("revalidates the page, the service worker and unhashed files", () => {
    for (const path of [
      "",
      "index.html",
      "sw.js",
      "manifest.webmanifest",
      "pyodide/pyodide.asm.wasm",
    ])
      expect(cacheControlFor(path)).toBe(REVALIDATE);
  });
});

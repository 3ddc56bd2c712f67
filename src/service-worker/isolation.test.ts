import { describe, expect, it } from "vitest";
import { ISOLATION_HEADERS, withIsolationHeaders } from "./isolation";

describe("withIsolationHeaders", () => {
  it("adds COOP, COEP and CORP and keeps the body, status and the host's headers", async () => {
    const original = new Response("print(1)", {
      status: 201,
      statusText: "Created",
      headers: { "Content-Type": "text/x-python", "Cache-Control": "no-cache" },
    });
    const isolated = withIsolationHeaders(original);
    for (const [name, value] of Object.entries(ISOLATION_HEADERS))
      expect(isolated.headers.get(name)).toBe(value);
    expect(isolated.headers.get("Content-Type")).toBe("text/x-python");
    expect(isolated.headers.get("Cache-Control")).toBe("no-cache");
    expect(isolated.status).toBe(201);
    expect(isolated.statusText).toBe("Created");
    expect(await isolated.text()).toBe("print(1)");
  });

  it("overrides a weaker policy the host sent", () => {
    const original = new Response("", {
      headers: { "Cross-Origin-Embedder-Policy": "unsafe-none" },
    });
    expect(withIsolationHeaders(original).headers.get("Cross-Origin-Embedder-Policy")).toBe(
      "require-corp",
    );
  });

  it("returns network errors untouched", () => {
    const error = Response.error();
    expect(withIsolationHeaders(error)).toBe(error);
  });
});

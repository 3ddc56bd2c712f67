/**
 * The simulated network and files, through the real engine (Pyodide + the runtime).
 *
 * Runs every program in runtime/tests/net/programs and runtime/tests/files/programs and checks
 * its stdout against NAME.out and its virtual elapsed time against the `# elapsed: X` header.
 * The runtime charges measured CPU work and the typical cost of importing heavy modules (aiohttp,
 * requests, asyncio) to virtual time, so elapsed may exceed the modelled waits by a little: it
 * must lie in [expected, expected + ALLOWANCE]. The programs print times they measure after their
 * imports, and those are checked exactly through stdout. The stand-ins' unit tests are
 * runtime/tests/{net,files}/test_*.py (run on Pyodide by python.test.ts).
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { EndpointSpec, Engine } from "../../src/engine/types";

const HERE = dirname(fileURLToPath(import.meta.url));
const ALLOWANCE = 0.25;

interface ProgramCase {
  name: string;
  code: string;
  stdout: string;
  elapsed: number;
  endpoints: EndpointSpec[] | undefined;
}

function programCases(folder: string): ProgramCase[] {
  const dir = join(HERE, folder, "programs");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".py"))
    .sort()
    .map((name) => {
      const base = join(dir, name.slice(0, -".py".length));
      const code = readFileSync(`${base}.py`, "utf8");
      const header = /^# elapsed: ([0-9.]+)$/m.exec(code);
      if (!header?.[1]) throw new Error(`${name} has no '# elapsed: SECONDS' header line`);
      const endpointsFile = `${base}.endpoints.json`;
      return {
        name,
        code,
        stdout: readFileSync(`${base}.out`, "utf8"),
        elapsed: Number(header[1]),
        endpoints: existsSync(endpointsFile)
          ? (JSON.parse(readFileSync(endpointsFile, "utf8")) as EndpointSpec[])
          : undefined,
      };
    });
}

let engine: Engine;

beforeAll(async () => {
  engine = await loadNodeEngine();
});

describe.each(["net", "files"])("%s programs", (folder) => {
  const cases = programCases(folder);

  it("has programs", () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const result = await engine.run({ code: c.code, filename: c.name, endpoints: c.endpoints });
    expect(result.error).toBeNull();
    expect(result.stdout).toBe(c.stdout);
    expect(result.exitCode).toBe(0);
    expect(result.elapsed).toBeGreaterThanOrEqual(c.elapsed - 1e-6);
    expect(result.elapsed).toBeLessThan(c.elapsed + ALLOWANCE);
  });
});

describe("seed aiohttp example", () => {
  it("reports the longest delay plus one round trip, not the sum", async () => {
    const code = readFileSync(join(HERE, "net/programs/seed_aiohttp_gather.py"), "utf8");
    const result = await engine.run({ code });
    expect(result.stdout).toMatch(/^Completed in 2\.0\d seconds\nReceived 3 answers\n$/);
    expect(result.elapsed).toBeGreaterThanOrEqual(2.05 - 1e-6);
    expect(result.elapsed).toBeLessThan(1 + 2 + 1);
  });
});

describe("network setup errors", () => {
  it("a malformed endpoint is refused by the run contract with its index and field, and the engine recovers", async () => {
    await expect(
      engine.run({
        code: "print('never')",
        endpoints: [{ path: "/ok" }, { path: "no-slash" }],
      }),
    ).rejects.toThrow("invalid run request: endpoints[1].path: must match the pattern ^/");
    const next = await engine.run({
      code: "import requests\nprint(requests.get('https://httpbin.org/get').status_code)",
    });
    expect(next.stdout).toBe("200\n");
  });
});

/**
 * Endpoint declarations have one definition, the run contract's EndpointSchema: the engine
 * validates every request before Python sees it, and the runtime (net/endpoints.py) only reads
 * what passed. The same fixtures go through both sides: the contract refuses each invalid one,
 * naming its field, and the runtime serves each valid one as declared.
 */
describe("endpoint fixtures through the contract and the runtime", () => {
  interface Fixtures {
    valid: { spec: EndpointSpec; request: [string, string]; answer: string }[];
    invalid: { spec: unknown; field: string }[];
  }
  const fixtures = JSON.parse(
    readFileSync(join(HERE, "net/endpoint-fixtures.json"), "utf8"),
  ) as Fixtures;

  it.each(fixtures.invalid.map((c) => [JSON.stringify(c.spec), c] as const))(
    "refuses %s",
    async (_name, c) => {
      await expect(
        engine.run({ code: "print('never')", endpoints: [c.spec as EndpointSpec] }),
      ).rejects.toThrow(`invalid run request: ${c.field}`);
    },
  );

  it("serves every valid declaration as declared", async () => {
    const code = [
      "import json, time, requests",
      `for method, url in json.loads(${JSON.stringify(JSON.stringify(fixtures.valid.map((c) => c.request)))}):`,
      "    start = time.monotonic()",
      "    r = requests.request(method, url)",
      "    print(r.status_code, r.text, r.headers.get('X-Id'), round(time.monotonic() - start, 2))",
    ].join("\n");
    const result = await engine.run({ code, endpoints: fixtures.valid.map((c) => c.spec) });
    expect(result.error).toBeNull();
    expect(result.stdout).toBe(fixtures.valid.map((c) => `${c.answer}\n`).join(""));
  });
});

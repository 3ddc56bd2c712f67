/**
 * The checker's Python side through the real engine (Pyodide): code facts from
 * interleave.checking.ast_facts and test functions run by interleave.checking.harness.
 * (The same Python modules have CPython unit tests in runtime/interleave/checking/tests/.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../engine/node";
import type { Engine } from "../engine/types";
import { analyzeCode, testOutcomes } from "./python";

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

describe("analyzeCode", () => {
  it("resolves names through imports and reports their context", async () => {
    const facts = await analyzeCode(
      engine,
      "from asyncio import gather as g\nimport time\nasync def main():\n    time.sleep(1)\n    await g()\n",
    );
    expect(facts.syntaxError).toBeNull();
    expect(facts.names.find((n) => n.name === "asyncio.gather")).toMatchObject({
      call: true,
      line: 5,
      function: "async-def",
    });
    expect(facts.names.find((n) => n.name === "time.sleep")).toMatchObject({
      line: 4,
      function: "async-def",
      inLoop: false,
    });
    expect(facts.constructs.map((c) => c.construct)).toEqual(["async-def", "await"]);
    expect(facts.functions).toEqual([{ name: "main", async: true, line: 3 }]);
  });

  it("reports a syntax error instead of failing", async () => {
    const facts = await analyzeCode(engine, "def f(:\n");
    expect(facts.syntaxError?.line).toBe(1);
  });
});

describe("test functions", () => {
  it("run after the program, in its namespace, on the virtual clock", async () => {
    const program =
      "import asyncio\n\nasync def double(x):\n    await asyncio.sleep(1)\n    return 2 * x\n";
    const tests = [
      "import time",
      "async def test_double():",
      "    '''double(4) is 8'''",
      "    assert await double(4) == 8",
      "def test_clock():",
      "    start = time.monotonic()",
      "    import asyncio",
      "    asyncio.run(double(1))",
      "    assert abs(time.monotonic() - start - 1) < 0.05, 'about one virtual second'",
      "def test_wrong():",
      "    assert double is None",
      "",
    ].join("\n");
    const run = await engine.run({ code: program, tests });
    expect(run.error).toBeNull();
    expect(testOutcomes(run)).toEqual([
      { name: "test_double", passed: true, message: null, doc: "double(4) is 8" },
      { name: "test_clock", passed: true, message: null, doc: null },
      { name: "test_wrong", passed: false, message: "failed: assert double is None", doc: null },
    ]);
  });

  it("still run when the program fails, on what it defined", async () => {
    const code = "def f():\n    return 1\nraise ValueError('boom')\ndef g():\n    return 2\n";
    const tests = "def test_f():\n    assert f() == 1\ndef test_g():\n    assert g() == 2\n";
    const run = await engine.run({ code, tests });
    expect(run.error?.type).toBe("ValueError");
    expect(testOutcomes(run)?.map((t) => [t.name, t.passed, t.message])).toEqual([
      ["test_f", true, null],
      ["test_g", false, "NameError: name 'g' is not defined"],
    ]);
  });
});

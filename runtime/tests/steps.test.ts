/**
 * The step limit counts lines of learner code, wherever they run (issue #8, item 4): each case
 * runs a program under a limit of exactly the lines it executes, which it must finish, and under
 * one line less, where it must stop with StepLimit. A pass, an item or a call that stopped
 * counting would let the second run finish. What a pass counts (`cost.lines`): the loop's own
 * line (CPython's tracer reports it on every pass) and the statements of its body; a function
 * call the statements of the body; a comprehension item one line; an `if` the mean of its
 * branches.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine } from "../../src/engine/types";

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

const P = 1000;
const lines = (...text: string[]): string => text.join("\n") + "\n";

async function expectLines(code: string, count: number): Promise<void> {
  const within = await engine.run({ code, stepLimit: count });
  expect(within.error, `finishes within ${count} lines`).toBeNull();
  expect(within.exitCode).toBe(0);
  const past = await engine.run({ code, stepLimit: count - 1 });
  expect(past.error?.type, `stops past ${count - 1} lines`).toBe("StepLimit");
  expect(past.error?.message).toContain(`more than ${(count - 1).toLocaleString("en")} lines`);
}

describe("the step limit counts every line", () => {
  it("a for loop at module level: its line and its body, every pass", async () => {
    await expectLines(lines(`for i in range(${P}):`, "    pass"), 1 + 2 * P);
  });

  it("a while loop, whose test fails on the last round", async () => {
    await expectLines(lines("n = 0", `while n < ${P}:`, "    n += 1"), 2 + 2 * P);
  });

  it("a loop calling a function: the call's body too", async () => {
    const code = lines("def f():", "    return 1", `for i in range(${P}):`, "    f()");
    await expectLines(code, 2 + 3 * P);
  });

  it("a recursive function", async () => {
    const depth = 400; // within CPython's recursion limit
    const code = lines("def down(n):", "    return 0 if n == 0 else down(n - 1)", `down(${depth})`);
    await expectLines(code, 2 + (depth + 1));
  });

  it("a loop in a thread", async () => {
    const code = lines(
      "import threading",
      "def work():",
      `    for i in range(${P}):`,
      "        pass",
      "t = threading.Thread(target=work)",
      "t.start()",
      "t.join()",
    );
    await expectLines(code, 5 + 1 + 2 * P);
  });

  it("a loop in a child process, and the module the child imports again", async () => {
    const code = lines(
      "import multiprocessing",
      "def work():",
      `    for i in range(${P}):`,
      "        pass",
      'if __name__ == "__main__":',
      "    p = multiprocessing.Process(target=work)",
      "    p.start()",
      "    p.join()",
    );
    // The module: import, def and the `if` (1 + half of its 3 lines) in each process.
    await expectLines(code, 2 * (2 + 1 + 1) + 1 + 2 * P);
  });

  it("the items of a comprehension and of a generator expression", async () => {
    await expectLines(lines(`xs = [i for i in range(${P})]`), 1 + P);
    await expectLines(lines(`total = sum(i for i in range(${P}))`), 1 + P);
  });

  it("a generator's passes and the loop over it", async () => {
    const code = lines(
      "def gen():",
      `    for i in range(${P}):`,
      "        yield i",
      "for x in gen():",
      "    pass",
    );
    await expectLines(code, 2 + 1 + 2 * P + 2 * P);
  });

  it("stops an endless loop with the line it was at", async () => {
    const r = await engine.run({ code: lines("while True:", "    pass"), stepLimit: 2 * P });
    expect(r.error).toMatchObject({ type: "StepLimit", line: 2 });
  });
});

/**
 * The same program prints the same in the page as in Node: the orders CPython takes from
 * addresses (sets of threads, futures and tasks) and the virtual time they lead to do not depend
 * on the heap, which differs between the page's snapshot (made in Chromium) and the CLI's (made
 * in Node). runtime/tests/orders.test.ts checks the same file against the engine in Node.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

const PROGRAM = readFileSync(new URL("../runtime/tests/hosts/orders.py", import.meta.url), "utf8");
const PRINTED = readFileSync(new URL("../runtime/tests/hosts/orders.out", import.meta.url), "utf8");

test("a program ordering threads, futures and tasks prints in the page what it prints in Node", async ({
  app,
  exercise,
}) => {
  await app.goto();
  await app.openExercise("Three downloads at once");
  await app.waitForPython();
  await exercise.grantClipboard();
  await exercise.pasteCode(PROGRAM);
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText(PRINTED);
});

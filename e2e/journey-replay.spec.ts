/**
 * Journey, the console replay: output shows at once; "Show virtual times" stamps each line with
 * the virtual time it was printed at; a replay plays the lines back at the virtual clock's pace
 * (1x here: the 3 s program takes 3 s, long enough to see it mid-way) and ends with everything
 * shown.
 */
import { expect, test } from "./fixtures";

const DOWNLOADS =
  "import asyncio\n" +
  "async def download(name, seconds):\n" +
  "    await asyncio.sleep(seconds)\n" +
  "    print(f'{name} done')\n" +
  "async def main():\n" +
  "    await asyncio.gather(download('a', 1), download('b', 2), download('c', 3))\n" +
  "asyncio.run(main())\n";

test("the console stamps lines with virtual times and replays them at the virtual pace", async ({
  app,
  exercise,
  page,
}) => {
  await exercise.grantClipboard();
  await app.goto();
  await app.openExercise("Three downloads at once");
  await app.waitForPython();
  await exercise.pasteCode(DOWNLOADS);
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("a done\nb done\nc done\n");

  const tools = page.getByTestId("console-tools");
  await tools.getByRole("checkbox", { name: "Show virtual times" }).check();
  // Each line at its download's end (plus the few milliseconds importing asyncio costs).
  const stamped = /^\[1\.0\d s\] a done\n\[2\.0\d s\] b done\n\[3\.0\d s\] c done\n$/;
  await expect(exercise.output).toHaveText(stamped);

  await tools.getByRole("button", { name: "Replay at 1×" }).click();
  await expect(exercise.console).toHaveAttribute("data-replay", "playing");
  // Mid-replay, the lines printed later are not there yet.
  await expect(exercise.output).not.toContainText("c done");
  await expect(exercise.console).toHaveAttribute("data-replay", "off");
  await expect(exercise.output).toHaveText(stamped);
});

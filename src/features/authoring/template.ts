/**
 * What the authoring page starts from: a small, valid template (it passes its own tests: the
 * solution passes, the starter fails), or a bundled exercise with its test cases. The cases are
 * fetched lazily with the authoring page, never on the first screen.
 */
import type { CaseText } from "./attempts";

const STARTER = `import asyncio


async def ping(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} done")


async def main():
    await ping("a", 1)
    await ping("b", 1)


asyncio.run(main())
`;

export const TEMPLATE = {
  $schema: "https://interleave.dev/schema/exercise.v1.json",
  version: 1,
  id: "two-pings",
  title: { en: "Two pings at once" },
  module: "my-pack",
  difficulty: "easy",
  description: { en: "Both pings take 1 s. Make the program finish in **1 s**, not 2." },
  starter: STARTER,
  solution: STARTER.replace(
    '    await ping("a", 1)\n    await ping("b", 1)\n',
    '    await asyncio.gather(ping("a", 1), ping("b", 1))\n',
  ),
  checks: [
    {
      id: "both-done",
      kind: "output",
      match: "lines-unordered",
      expected: "a done\nb done\n",
      title: { en: "Both pings finish" },
    },
    {
      id: "elapsed",
      kind: "elapsed",
      near: 1.0,
      tolerance: 0.2,
      title: { en: "Takes about 1 s" },
      hint: "one-after-another",
    },
    {
      // Without it, sleeping once for 1 s and printing both lines would pass.
      id: "together",
      kind: "peak",
      lane: "task",
      blocked: ["sleep"],
      min: 2,
      title: { en: "Both pings wait at the same time" },
      hint: "one-after-another",
    },
  ],
  targetedHints: {
    "one-after-another": { en: "Awaiting one ping after the other adds their times." },
  },
};

export const TEMPLATE_CASES: CaseText[] = [
  {
    name: "wrong-sequential.py",
    text: `# expect: fail\n# expect-hint: one-after-another\n${STARTER}`,
  },
  {
    name: "wrong-one-sleep.py",
    text: `# expect: fail\n# expect-failing: together\nimport time\n\ntime.sleep(1)\nprint("a done")\nprint("b done")\n`,
  },
];

const FILES = import.meta.glob<string>("/exercises/**/*.json", {
  query: "?raw",
  import: "default",
});
const CASES = import.meta.glob<string>("/exercises/**/*.cases/*.py", {
  query: "?raw",
  import: "default",
});

/** A bundled exercise's file text and its cases, by the file it came from ("exercises/x/y.json"). */
export async function bundledSource(file: string): Promise<{ text: string; cases: CaseText[] }> {
  const load = FILES[`/${file}`];
  if (!load) throw new Error(`${file} is not bundled`);
  const folder = `/${file.replace(/\.json$/, ".cases/")}`;
  const cases = await Promise.all(
    Object.entries(CASES)
      .filter(([path]) => path.startsWith(folder))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([path, read]) => ({ name: path.slice(folder.length), text: await read() })),
  );
  return { text: await load(), cases };
}

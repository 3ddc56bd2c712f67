/**
 * The project's CPython-recorded corpus: every program in corpus/ runs on the simulator and
 * must print what CPython printed and take the time CPython took (see fidelity.ts). Record
 * again after changing a program: `python3 ../shared/fidelity/record.py runtime/tests/corpus 2`.
 * The shared sample cases (../shared/fidelity/cases) run too when that folder is present.
 * `corpus_stderr/` is compared on stderr too (record_stderr.py records it).
 * Every result is decoded by the engine against the run contract (src/contract/validate.ts, the
 * schema committed as schema/run.v1.schema.json), so a run off the contract fails its case.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine } from "../../src/engine/types";
import { judge, type Expected } from "./fidelity";

const here = import.meta.dirname;
let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

function suite(title: string, dir: string, skip: (name: string) => boolean = () => false): void {
  const file = join(dir, "expected.json");
  if (!existsSync(file)) return;
  const expected = JSON.parse(readFileSync(file, "utf8")) as Record<string, Expected>;
  describe(title, () => {
    for (const [name, exp] of Object.entries(expected)) {
      it.skipIf(skip(name))(name, async () => {
        const code = readFileSync(join(dir, `${name}.py`), "utf8");
        const got = await engine.run({ code, filename: `${name}.py` });
        expect(judge(exp, got), got.stderr).toBeNull();
      });
    }
  });
}

suite("CPython corpus", join(here, "corpus"));
suite("CPython corpus: processes", join(here, "corpus_mp"));
// Gaps found by recording programs from CPython (deadline ties, exit codes, pool chunks and
// worker names, a failing pool initializer, the simulated httpbin's endpoints).
suite("CPython corpus: fidelity gaps", join(here, "corpus_gaps"));
// The code examples of ../shared/seeds/ not already above, with their lost indentation restored.
suite("CPython corpus: seed examples", join(here, "corpus_seeds"));
suite("shared fidelity cases", join(here, "../../../shared/fidelity/cases"));

/** What CPython writes to stderr (warnings, at the line and at exit), recorded by record_stderr.py. */
interface Written {
  stdout: string;
  stderr: string;
  exit: number;
}

describe("CPython corpus: stderr", () => {
  const dir = join(here, "corpus_stderr");
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<
    string,
    Written
  >;
  for (const [name, exp] of Object.entries(expected)) {
    it(name, async () => {
      const code = readFileSync(join(dir, `${name}.py`), "utf8");
      const got = await engine.run({ code, filename: `${name}.py` });
      expect({ stdout: got.stdout, stderr: got.stderr, exit: got.exitCode }).toEqual(exp);
    });
  }
});

/**
 * The CPU model against CPython: every kernel in kernels/ runs on the simulator and must print
 * what CPython printed, and the virtual CPU time it reports (its last line, `cpu <seconds>`, read
 * with time.process_time) must be within the recorded tolerance of the kernel's reference
 * seconds: the median CPython 3.11 took on the machine of the latest recording, times the
 * recording's `reference.factor`, which keeps the scale of the machine the model was first
 * calibrated on (cpython.json, written by record.py; see its `reference.about`). The virtual
 * time is deterministic, so this compares data with data, not a timing: re-record and refit
 * (calibrate.py) rather than widen the tolerance.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../../src/engine/node";
import type { Engine } from "../../../src/engine/types";

interface Recorded {
  tolerance: number;
  kernels: Record<string, { seconds: number; stdout: string }>;
}

const here = import.meta.dirname;
const recorded = JSON.parse(readFileSync(join(here, "cpython.json"), "utf8")) as Recorded;

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

/** The kernel's output without its closing `cpu <seconds>` line, and that figure. */
function split(stdout: string): { output: string; seconds: number } {
  const lines = stdout.trimEnd().split("\n");
  const last = lines.pop() ?? "";
  const match = /^cpu ([0-9.]+)$/.exec(last);
  if (!match) throw new Error(`the kernel's last line is not 'cpu <seconds>': ${last}`);
  return { output: lines.join("\n") + "\n", seconds: Number(match[1]) };
}

describe("virtual CPU time of the kernels, against CPython 3.11", () => {
  for (const [name, cpython] of Object.entries(recorded.kernels)) {
    it(name, async () => {
      const code = readFileSync(join(here, "kernels", `${name}.py`), "utf8");
      const got = await engine.run({ code, filename: `${name}.py` });
      expect(got.stderr).toBe("");
      const { output, seconds } = split(got.stdout);
      expect(output).toBe(cpython.stdout);
      const ratio = seconds / cpython.seconds;
      expect(ratio, `${name}: ${seconds} s virtual, CPython ${cpython.seconds} s`).toBeGreaterThan(
        1 - recorded.tolerance,
      );
      expect(ratio, `${name}: ${seconds} s virtual, CPython ${cpython.seconds} s`).toBeLessThan(
        1 + recorded.tolerance,
      );
    });
  }

  it("charges a loop that ends the program (no print or clock read after it)", async () => {
    // The loops of loop_module.py and loop_function.py without their clock reads, at the end of
    // the main thread and of a thread: the run's elapsed time must hold the loop, though no
    // countdown point follows it (a loop shorter than one budget, 20,000 passes, once reported 0
    // and the 1,000,000 passes lost their last budget). The short loop is held to 1/50 of the
    // kernel's recorded time: the model charges each pass the same.
    const loop = "total = 0\nfor i in range(1_000_000):\n    total += i * i\n";
    const short = "total = 0\nfor i in range(20_000):\n    total += i * i\n";
    const threaded =
      "import threading\n\ndef work():\n    total = 0\n    for i in range(1_000_000):\n" +
      "        total += i * i\n\nt = threading.Thread(target=work)\nt.start()\nt.join()\n";
    const cases: [string, string, number][] = [
      [loop, "loop_module", 1],
      [short, "loop_module", 1 / 50],
      [threaded, "loop_function", 1],
    ];
    for (const [program, kernel, share] of cases) {
      const cpython = recorded.kernels[kernel];
      if (!cpython) throw new Error(`cpython.json records no kernel ${kernel}`);
      const got = await engine.run({ code: program });
      expect(got.stderr).toBe("");
      const ratio = got.elapsed / (cpython.seconds * share);
      const what = `${kernel} x ${share}: ${got.elapsed} s elapsed, CPython ${cpython.seconds} s`;
      expect(ratio, what).toBeGreaterThan(1 - recorded.tolerance);
      expect(ratio, what).toBeLessThan(1 + recorded.tolerance);
    }
  });

  it("charges the same program the same virtual time on every run", async () => {
    const code = readFileSync(join(here, "kernels", "dict_work.py"), "utf8");
    const [a, b] = [await engine.run({ code }), await engine.run({ code })];
    expect(a.stdout).toBe(b.stdout);
    expect(a.elapsed).toBe(b.elapsed);
  });
});

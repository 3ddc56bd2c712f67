/**
 * The yardstick's bookkeeping (pure): the outcome lines the driver prints
 * (runtime/tests/yardstick/driver.py), read as they stream in, and their counts.
 */

export type Status = "passed" | "failed" | "skipped";

export interface Outcome {
  id: string;
  status: Status;
  message: string | null;
}

/** Every outcome line starts with this. */
export const MARK = "@@yardstick ";

/** One module's outcomes so far, fed the driver's lines as they arrive. */
export class ModuleOutcomes {
  private readonly settled = new Map<string, Outcome>();
  /** The test that has started and not settled yet. */
  inFlight: string | null = null;
  /** The driver reached the end of the module. */
  ended = false;

  /** Reads one line of output; lines without the mark are the tests' own output. */
  feed(line: string): void {
    if (!line.startsWith(MARK)) return;
    const { kind, id, message } = JSON.parse(line.slice(MARK.length)) as {
      kind: string;
      id: string;
      message: string | null;
    };
    if (kind === "start") this.inFlight = id;
    else if (kind === "end") this.ended = true;
    else if (kind === "passed" || kind === "failed" || kind === "skipped")
      this.settle(id, kind, message);
    else throw new Error(`unknown yardstick line: ${line}`);
  }

  /** Settles a test; a failure (of a subtest, say) is not undone by a later success. */
  settle(id: string, status: Status, message: string | null): void {
    if (this.settled.get(id)?.status !== "failed") this.settled.set(id, { id, status, message });
    if (this.inFlight === id) this.inFlight = null;
  }

  /** Ids settled so far: a new run of the module skips them. */
  done(): string[] {
    return [...this.settled.keys()];
  }

  has(id: string): boolean {
    return this.settled.has(id);
  }

  outcomes(): Outcome[] {
    return [...this.settled.values()];
  }
}

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

export function tally(outcomes: readonly Outcome[]): Tally {
  const counts: Tally = { passed: 0, failed: 0, skipped: 0 };
  for (const { status } of outcomes) counts[status] += 1;
  return counts;
}

/** Passed over applicable (passed + failed; skipped tests are not applicable), in percent. */
export function passRate({ passed, failed }: Tally): number {
  return passed + failed === 0 ? 100 : (100 * passed) / (passed + failed);
}

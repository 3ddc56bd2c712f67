/**
 * The engine's interface. The run's data (request, result, trace, names) is the run contract,
 * defined once in src/contract/ and re-exported here for the engine's users.
 */
import type { RunRequest, RunResult, Stream } from "../contract";

export type {
  BlockReason,
  DeadlockReport,
  EndpointSpec,
  EventKind,
  Lane,
  LaneKind,
  RunError,
  RunRequest,
  RunResult,
  StopKind,
  Trace,
  TraceEvent,
} from "../contract";

export type { ExploreOptions, ExploreResult, RaceReport, RaceStep } from "../contract/run";

/** Streamed while a program runs. */
export type RunEvent = { readonly kind: Stream; readonly text: string };

/** A loaded engine: Pyodide plus the runtime package, ready to run programs one at a time. */
export interface Engine {
  /**
   * Runs a program to completion (or until a limit, a deadlock or an interrupt). The request is
   * completed with the contract's defaults and validated; the result is decoded against the
   * contract. Both throw a RunContractError naming the fields that are off.
   */
  run(request: RunRequest, onEvent?: (event: RunEvent) => void): Promise<RunResult>;
  /**
   * Calls `interleave.<module>.<func>(payload)` in Python with a JSON payload and returns its
   * JSON result. For tools that need Python but not the simulator (e.g. AST analysis).
   */
  invoke(module: string, func: string, payload: unknown): Promise<unknown>;
  /** Whether this JavaScript engine can switch Python stacks (threads need it; asyncio does not). */
  readonly stackSwitching: boolean;
  /** Python version string, e.g. "3.14.2". */
  readonly pythonVersion: string;
}

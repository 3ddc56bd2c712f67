/**
 * The Python worker's main code, loaded by its entry (./python.worker.ts) while what starts Python
 * early (./early-start.ts) is already under way: the session (./session.ts) with the engine and
 * the checker. Only wiring.
 */
import { checkExercise } from "../checker";
import type { WorkerToPage } from "../protocol/messages";
import type { EarlyStart } from "./early-start";
import { loadEngine } from "./load-engine";
import { createSession, type CheckFn, type EngineOptions, type Session } from "./session";
import { marked } from "./startup-marks";
import { warmUpSteps } from "./warm-up";

// keepTrace: the page draws the main run's timeline from the verdict.
const check: CheckFn = (engine, { exercise, code, lang }, peer) =>
  checkExercise(engine, exercise, code, { lang, keepTrace: true, peer });

export function workerSession(
  post: (message: WorkerToPage) => void,
  early: (options: EngineOptions) => EarlyStart,
): Session {
  return createSession({
    post,
    loadEngine: (options, onStage) => loadEngine(early(options), onStage),
    // Each step marked (warm-up#1:start ...) for the benchmarks, as start-up is.
    warmUp: warmUpSteps(check).map(
      (step, i) => (engine) => marked(`warm-up#${i + 1}`, () => step(engine)),
    ),
    check,
  });
}

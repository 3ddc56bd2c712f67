/**
 * The Python worker's main code, loaded by its entry (./python.worker.ts) while what starts Python
 * early (./early-start.ts) is already under way: the session (./session.ts) with the engine and
 * the checker. Only wiring.
 */
import { checkExercise } from "../checker";
import type { WorkerToPage } from "../protocol/messages";
import type { EarlyStart } from "./early-start";
import { loadEngine } from "./load-engine";
import { createSession, type EngineOptions, type Session } from "./session";

export function workerSession(
  post: (message: WorkerToPage) => void,
  early: (options: EngineOptions) => EarlyStart,
): Session {
  return createSession({
    post,
    loadEngine: (options, onStage) => loadEngine(early(options), onStage),
    // keepTrace: the page draws the main run's timeline from the verdict.
    check: (engine, { exercise, code, lang }) =>
      checkExercise(engine, exercise, code, { lang, keepTrace: true }),
  });
}

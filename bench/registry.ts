/**
 * Every benchmark of `npm run bench`, one registration each, grouped by where it measures.
 * A helper adding a figure writes a `Benchmark` beside its code and lists it here.
 */
import type { AppContext } from "./app-page";
import { courseFigures } from "./figures-course";
import { startupFigures } from "./figures-startup";
import { stepsFigures } from "./figures-steps";
import { buildFigures, type BuildContext } from "./figures-build";
import { engineFigures } from "./figures-engine";
import { runtimeFigures } from "./figures-runtime";
import { explorerFigures } from "./explore";
import { explorerAppFigures } from "./figures-explore-app";
import { checkRunFigures } from "./check-runs";
import type { NodeContext } from "./node-context";
import type { Benchmark } from "./table";

/** In Node, on one engine (Pyodide with JSPI). */
// Restoring or loading another interpreter beside an engine leaves that engine unusable (seen
// with the in-place reset): the instrumentation's bare interpreter is in a process of its own
// (./instrumentation.ts), and the engine's figures start an engine of their own and end with
// their restores.
export const NODE: Benchmark<NodeContext>[] = [
  explorerFigures,
  checkRunFigures,
  runtimeFigures,
  engineFigures,
];
/** In headless Chromium, against the production build. */
export const APP: Benchmark<AppContext>[] = [
  startupFigures,
  courseFigures,
  stepsFigures,
  explorerAppFigures,
];
/** The production build's files. */
export const BUILD: Benchmark<BuildContext>[] = [buildFigures];

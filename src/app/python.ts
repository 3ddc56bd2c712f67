/**
 * The page's one Python worker bridge. It takes over the worker the page's first script started
 * (./python-start.ts), or starts one if there is none, so Python is warm by the time the learner
 * presses Run.
 */
import { flushSync } from "react-dom";
import { useAppStore } from "../store/app-store";
import { browserTimer } from "../store/timer";
import { createPythonBridge } from "./python-bridge";
import { pageIsolated, pythonIndexURL, takeEarlyWorker } from "./python-start";
import { spawnPythonWorker } from "./spawn-worker";

export const python = createPythonBridge({
  spawn: spawnPythonWorker,
  indexURL: pythonIndexURL(),
  isolated: pageIsolated(),
  cores: navigator.hardwareConcurrency,
  first: takeEarlyWorker(),
  timer: browserTimer,
  store: useAppStore,
  showNow: flushSync,
});

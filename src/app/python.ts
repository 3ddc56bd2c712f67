/**
 * The page's one Python worker bridge. Importing this module starts Python, so it is warm by the
 * time the learner presses Run (the page imports it at start-up).
 */
import { useAppStore } from "../store/app-store";
import { browserTimer } from "../store/timer";
import { createPythonBridge } from "./python-bridge";
import { spawnPythonWorker } from "./spawn-worker";

export const python = createPythonBridge({
  spawn: spawnPythonWorker,
  // BASE_URL is "./" in builds (the site works from any folder): resolve it against the page.
  indexURL: new URL(`${import.meta.env.BASE_URL}pyodide/`, document.baseURI).href,
  isolated: window.crossOriginIsolated,
  timer: browserTimer,
  store: useAppStore,
});

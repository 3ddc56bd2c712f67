/**
 * The app, loaded by the page's first script (../main.tsx) once it has started Python: loads the
 * bundled exercises, follows the URL hash, takes over the Python worker (by importing the app,
 * which imports the worker bridge) and renders the app.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { authoringFromHash } from "../features/authoring/route";
import { startCustomPack } from "../features/packs/open-pack";
import { startServiceWorker } from "../features/update/service-worker";
import { loadBundledExercises } from "./load-exercises";
// After the components' own style sheets (imported through ./App), as it always was: its rules
// win where both set the same property.
import "./styles.css";
import { useAppStore } from "../store/app-store";
import { exerciseIdFromHash } from "../store/route";

const store = useAppStore.getState();
store.setPack(loadBundledExercises());

const followHash = () => {
  const state = useAppStore.getState();
  state.openExercise(exerciseIdFromHash(location.hash));
  state.setAuthoring(authoringFromHash(location.hash));
};
followHash();
startCustomPack();
window.addEventListener("hashchange", followHash);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// Production only: the dev server serves modules that change under it and has no service worker.
if (import.meta.env.PROD) startServiceWorker();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

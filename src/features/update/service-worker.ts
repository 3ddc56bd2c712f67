/**
 * Registers the service worker (src/service-worker/sw.ts) and reports what it does to the store:
 * "offline ready" once the whole site is cached, "update waiting" when a new version has installed
 * beside the running one. {@link applyUpdate} lets the waiting version take over (the page then
 * reloads into it, after the learner's work is saved).
 *
 * On a host that sends no isolation headers, the first visit's page is not cross-origin isolated;
 * the service worker supplies the headers from then on. When it first takes control, the page is
 * reloaded once, when no program is running, so instant Stop works from the first visit.
 */
import { registerSW } from "virtual:pwa-register";
import { persistence, useAppStore } from "../../store/app-store";

/** Set for the tab's session once it reloaded for isolation: never a loop if that did not help. */
const ISOLATION_RELOAD_KEY = "interleave:isolation-reload";

let update: ((reload?: boolean) => Promise<void>) | null = null;

/** Saves the learner's work, then lets the waiting version take over (the page reloads). */
export function applyUpdate(): void {
  persistence.flush();
  void update?.(true);
}

function reloadOnceWhenIdle(): void {
  try {
    if (sessionStorage.getItem(ISOLATION_RELOAD_KEY) !== null) return;
    sessionStorage.setItem(ISOLATION_RELOAD_KEY, "1");
  } catch {
    return; // no session storage: a reload loop could not be ruled out
  }
  const reload = () => {
    persistence.flush();
    location.reload();
  };
  if (useAppStore.getState().runStatus === "idle") return reload();
  const unsubscribe = useAppStore.subscribe((state) => {
    if (state.runStatus !== "idle") return;
    unsubscribe();
    reload();
  });
}

export function startServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const controlled = navigator.serviceWorker.controller !== null;
  if (!controlled && !crossOriginIsolated)
    navigator.serviceWorker.addEventListener("controllerchange", reloadOnceWhenIdle, {
      once: true,
    });
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => useAppStore.getState().siteUpdateWaiting(),
    onOfflineReady: () => useAppStore.getState().siteOfflineReady(),
    onRegisterError: (error: unknown) =>
      console.warn("Interleave works online only: the service worker was refused.", error),
  });
}

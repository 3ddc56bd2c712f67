/**
 * The service worker (built by vite-plugin-pwa's injectManifest into sw.js). It precaches the
 * whole site (the page, its chunks, Monaco and its worker, the Python worker and runtime, Pyodide's
 * files, the published schemas), so after one visit everything works with the network cut, and it
 * gives every same-origin response the cross-origin isolation headers (./isolation.ts).
 *
 * Updates: a new version installs beside the old one and waits; the page shows a banner
 * (src/features/update/) and, when the learner accepts, posts SKIP_WAITING; the new worker takes
 * over, deletes the old precache entries, and the page reloads. Never skipping waiting on its own
 * keeps an open tab from mixing chunks of two versions.
 */
import { clientsClaim } from "workbox-core";
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { NetworkOnly } from "workbox-strategies";
import { withIsolationHeaders } from "./isolation";

/** The parts of ServiceWorkerGlobalScope used here (the project compiles with the DOM lib). */
interface ServiceWorkerScope {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
}
declare const self: ServiceWorkerScope;

const isolation = {
  handlerWillRespond: ({ response }: { response: Response }) =>
    Promise.resolve(withIsolationHeaders(response)),
};

self.addEventListener("message", (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === "SKIP_WAITING") void self.skipWaiting();
});

addPlugins([isolation]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first visit's page is controlled at once, so it can be reloaded isolated (src/features/update/).
clientsClaim();

// Navigations that are not a precached file (e.g. "./?pack=https://…") get the app's page.
registerRoute(new NavigationRoute(createHandlerBoundToURL("index.html")));

// Anything else of this site (a pack beside it, files added after the build) goes to the network,
// isolated too. Other origins are left to the browser.
registerRoute(
  ({ url }) => url.origin === self.location.origin,
  new NetworkOnly({ plugins: [isolation] }),
);

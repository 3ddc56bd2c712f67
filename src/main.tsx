/**
 * Page entry, kept small on purpose: it starts the Python worker first (the longest part of
 * opening the app), then loads the app itself (./app/start-app.tsx: React, the course, the store),
 * which takes the worker over.
 */
import { startPythonEarly } from "./app/python-start";

startPythonEarly();

import("./app/start-app").catch((error: unknown) => {
  // A chunk that cannot be loaded (the network cut before the site was cached, or a new version
  // replaced this one's files): say so instead of leaving a blank page.
  const root = document.getElementById("root");
  if (root)
    root.textContent = `Interleave could not load (${String(error)}). Reload the page to try again.`;
});

/**
 * End-to-end tests: the PRODUCTION build (`vite build` output served by `vite preview` on
 * 127.0.0.1, with the COOP/COEP headers) driven in Debian's Chromium. Playwright's own browser
 * download is not available here, hence `executablePath`. Run `vite build` first
 * (`npm run test:e2e` does both).
 */
import { availableParallelism } from "node:os";
import { defineConfig } from "@playwright/test";
import { PLAIN_HOST_BASE, PLAIN_HOST_PORT, PLAIN_HOST_URL, PORT } from "./e2e/hosts";
import { chromiumLaunchOptions } from "./scripts/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e-artifacts",
  // One browser per core. Each test has its own browser context (storage, service workers) and
  // the servers are static, so spec files do not share state; a file's tests run in order in one
  // worker. (e2e/offline.spec.ts rewrites dist/sw.js for a moment, keeping its length: a page of
  // another spec loading it then gets a newer precache revision, which changes nothing it tests.)
  workers: availableParallelism(),
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Hang guards, not speed limits: a test that takes 10 s alone took 90 s on this 2-core machine
  // shared by a dozen busy processes (the waits on Python's start and on a run have their own).
  timeout: 300_000,
  expect: { timeout: 60_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    // A first visit starts in the browser's language (src/i18n): the specs expect English
    // unless they ask for another locale.
    locale: "en-US",
    // Each context would install the service worker and download the whole site (25 MB) again:
    // only the tests of offline use and hosting (e2e/offline.spec.ts, e2e/hosting.spec.ts) allow it.
    serviceWorkers: "block",
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node --import tsx scripts/serve.ts --port ${PLAIN_HOST_PORT} --base ${PLAIN_HOST_BASE} --no-isolation`,
      url: PLAIN_HOST_URL,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});

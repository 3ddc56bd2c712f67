/**
 * Test fixtures: page objects, plus an automatic guard that records every request the browser
 * makes (pages and workers) and every uncaught page error, and fails the test if any request left
 * 127.0.0.1 or the page threw.
 */
import { test as base, expect } from "@playwright/test";
import { AppPage } from "./pages/app-page";
import { ExercisePage } from "./pages/exercise-page";

interface Fixtures {
  app: AppPage;
  exercise: ExercisePage;
  /** URLs of every request made during the test. */
  requests: string[];
}

const LOCAL_HOST = "127.0.0.1";
/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:"]);

export const test = base.extend<Fixtures & { guard: void }>({
  requests: async ({ context }, use) => {
    const urls: string[] = [];
    context.on("request", (request) => urls.push(request.url()));
    await use(urls);
  },
  guard: [
    async ({ page, requests }, use) => {
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await use();
      const remote = requests.filter((url) => {
        const parsed = new URL(url);
        return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.hostname !== LOCAL_HOST;
      });
      expect(remote, "requests that left 127.0.0.1").toEqual([]);
      expect(pageErrors, "uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
  exercise: async ({ page }, use) => {
    await use(new ExercisePage(page));
  },
});

export { expect };

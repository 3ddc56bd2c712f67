/**
 * The servers the end-to-end tests run against (playwright.config.ts starts both): the production
 * build on `vite preview` with the isolation headers, and the same build served by `npm run serve`
 * under a sub-path without them, the way GitHub Pages serves a project site.
 */

/** `npm test` picks a free port (so parallel runs do not collide); 4174 otherwise. */
export const PORT = Number(process.env["E2E_PORT"] ?? 4174);

/** Far from PORT: the helpers and parallel runs take neighbouring ports. */
export const PLAIN_HOST_PORT = PORT + 1000;
export const PLAIN_HOST_BASE = "/trainer/";
export const PLAIN_HOST_URL = `http://127.0.0.1:${PLAIN_HOST_PORT}${PLAIN_HOST_BASE}`;

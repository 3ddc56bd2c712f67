/**
 * The caching headers a real host should send for the built site, one definition used by
 * `npm start` (./serve.ts) and written out for nginx in docs/HOSTING.md:
 *
 * - `assets/…`: Vite names these after a hash of their content, so they never change: cache for a
 *   year, immutable.
 * - the page, the service worker and the web-app manifest: always revalidated (`no-cache`), so a
 *   new version is seen on the next visit. The service worker itself must never be cached long:
 *   browsers check it for updates.
 * - everything else (Pyodide's files, the schemas, the icon): same name across versions, so
 *   revalidated too; the ETag answers "not modified" without sending the 9.6 MB again.
 */
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** The Cache-Control header for a path relative to the site's root ("assets/index-abc.js"). */
export function cacheControlFor(path: string): string {
  return path.startsWith("assets/") ? IMMUTABLE : REVALIDATE;
}

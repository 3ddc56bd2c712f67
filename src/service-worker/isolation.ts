/**
 * Cross-origin isolation supplied by the service worker. A page is isolated (SharedArrayBuffer,
 * hence the interrupt buffer that makes Stop instant) only when its document and every worker
 * script arrive with COOP `same-origin` and COEP `require-corp`. Hosts that cannot send headers
 * (GitHub Pages and the like) get them here instead: every same-origin response the service worker
 * hands out carries them. Headers the host did send are kept; these three are set.
 */

export const ISOLATION_HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  // Same-origin responses need no CORP under COEP; it is set so the rule holds in any embedding.
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

/**
 * The response with the isolation headers. Opaque responses (their headers cannot be read or
 * rewritten) and error responses (status 0) are returned as they are.
 */
export function withIsolationHeaders(response: Response): Response {
  if (response.status === 0 || response.type === "opaque" || response.type === "opaqueredirect")
    return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/**
 * `npm start`'s server: serves the built site (dist/) the way a real host should
 * (./site-server.ts: caching headers, ETags, types, the cross-origin isolation headers).
 *
 *   node --import tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--base /trainer/]
 *                                      [--no-isolation] [--dir dist]
 *
 * `--base` serves the site under a sub-path (anything else is 404), `--no-isolation` leaves out
 * COOP/COEP, as GitHub Pages does: both are how the tests try other hosts.
 */
import { parseArgs } from "node:util";
import { createSiteServer, normaliseBase } from "./site-server.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4173" },
    host: { type: "string", default: "127.0.0.1" },
    base: { type: "string", default: "/" },
    dir: { type: "string", default: "dist" },
    "no-isolation": { type: "boolean", default: false },
  },
});

const base = normaliseBase(values.base);
const isolation = !values["no-isolation"];
const server = createSiteServer({ dir: values.dir, base, isolation });

server.listen(Number(values.port), values.host, () => {
  const headers = isolation ? "with isolation headers" : "without isolation headers";
  console.log(`Interleave on http://${values.host}:${values.port}${base} (${headers})`);
});

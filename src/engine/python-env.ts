/**
 * The environment variables Python starts with, on every host. `PYTHONHASHSEED=0`: a set of
 * strings then iterates in the same order in the page and in the CLI. Randomised, the order would
 * differ between any two snapshots as well, since the secret is drawn when Python starts and the
 * snapshot keeps it (the site's, made at build time, and one a browser makes for itself).
 */
export const PYTHON_ENV: Readonly<Record<string, string>> = { PYTHONHASHSEED: "0" };

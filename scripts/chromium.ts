/**
 * How tests and benchmarks launch Debian's Chromium (`npx playwright install` cannot download a
 * browser here). The flags keep it from reaching for the network at start-up.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

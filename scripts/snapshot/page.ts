/**
 * The page that makes the shipped snapshot (driven by ./make.ts): starts ./maker.worker.ts, which
 * makes the snapshot exactly as the app's worker would, and leaves the outcome on
 * `window.__snapshot` for the driver: the gzip-compressed bytes as base64 (Playwright carries
 * strings), their size once decompressed, and where they were made.
 */
import type { MakerResult } from "./maker.worker";

export type PageResult = MakerResult | { error: string };

function base64(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(new Error("could not encode the snapshot"));
    reader.readAsDataURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  });
}

const w = window as unknown as { __snapshot: Promise<PageResult & { base64?: string }> };
w.__snapshot = new Promise((resolve) => {
  const worker = new Worker(new URL("./maker.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<MakerResult | { error: string }>) => {
    const result = event.data;
    if ("error" in result) resolve(result);
    else void base64(result.gzip).then((text) => resolve({ ...result, base64: text }));
  };
  worker.onerror = (event) => resolve({ error: event.message || "the maker worker failed" });
  worker.postMessage(new URL("/pyodide/", location.href).href);
});

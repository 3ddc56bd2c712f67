/**
 * The last instructor's pack, kept in localStorage (its source and raw files, never the loaded
 * form, so it is validated again by the version that reads it). A dropped pack thus survives a
 * reload, and a pack from a URL still opens when that URL cannot be reached (offline).
 * Storage that is full or refused only loses this convenience.
 */
import type { PackFiles } from "./pack-files";

export const PACK_STORAGE_KEY = "interleave:custom-pack";

export interface StoredPack {
  source: string;
  label: string;
  title: string | null;
  files: Record<string, string>;
}

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

export function readStoredPack(storage: Storage | null): StoredPack | null {
  try {
    const text = storage?.getItem(PACK_STORAGE_KEY);
    if (!text) return null;
    const data = JSON.parse(text) as Partial<StoredPack>;
    if (typeof data.source !== "string" || typeof data.label !== "string") return null;
    if (data.files === null || typeof data.files !== "object") return null;
    return {
      source: data.source,
      label: data.label,
      title: typeof data.title === "string" ? data.title : null,
      files: data.files,
    };
  } catch {
    return null;
  }
}

export function storePack(
  storage: Storage | null,
  source: string,
  label: string,
  { files, title }: PackFiles,
): void {
  try {
    storage?.setItem(PACK_STORAGE_KEY, JSON.stringify({ source, label, title, files }));
  } catch {
    // Full or refused: the pack still works for this visit.
  }
}

export function forgetPack(storage: Storage | null): void {
  try {
    storage?.removeItem(PACK_STORAGE_KEY);
  } catch {
    // Nothing to do: it was not stored either.
  }
}

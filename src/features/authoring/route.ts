/** The authoring page's address: `#/author`, or `#/author/<exercise id>` to start from one. */
export const AUTHOR_HASH = "#/author";

export function authoringFromHash(hash: string): { from: string | null } | null {
  if (hash === AUTHOR_HASH) return { from: null };
  if (!hash.startsWith(`${AUTHOR_HASH}/`)) return null;
  try {
    const id = decodeURIComponent(hash.slice(AUTHOR_HASH.length + 1));
    return { from: id === "" ? null : id };
  } catch {
    return { from: null };
  }
}

export function authoringHash(id: string | null): string {
  return id === null ? AUTHOR_HASH : `${AUTHOR_HASH}/${encodeURIComponent(id)}`;
}

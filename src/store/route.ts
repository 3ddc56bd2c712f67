/**
 * The URL hash names the open exercise ("#/exercise/<id>"), so links, the back button and reloads
 * all work without a router. Pure helpers; the page wires them to `hashchange`.
 */
const PREFIX = "#/exercise/";

export function exerciseHash(id: string): string {
  return `${PREFIX}${encodeURIComponent(id)}`;
}

/** The exercise id in a location hash, or null for any other hash. */
export function exerciseIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const id = hash.slice(PREFIX.length);
  if (id === "") return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return null;
  }
}

/**
 * Turns the Python runtime's sources, as collected by `import.meta.glob` ("/runtime/interleave/...")
 * into the map the engine expects: paths relative to runtime/ ("interleave/__init__.py") -> text.
 */
const PREFIX = "/runtime/";

export function toRuntimeFiles(globbed: Record<string, string>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(globbed)) {
    if (!path.startsWith(PREFIX)) {
      throw new Error(`Runtime file outside runtime/: ${path}`);
    }
    files[path.slice(PREFIX.length)] = text;
  }
  return files;
}

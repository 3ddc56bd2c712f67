/**
 * Putting Pyodide's file system back as it was captured (part of the in-place reset, ./reset.ts).
 *
 * Emscripten's MEMFS lives in JavaScript, not in the linear memory: a file a run writes, deletes,
 * renames or chmods stays so for the next run unless it is undone here. The tree is small (the
 * standard library is one zip file; the runtime about a hundred files), so a reset walks it whole:
 * - every node the run added is detached (and dropped from the FS's name cache, which lookups
 *   consult before the tree), every captured node is put back at its place with its attributes;
 * - a captured file whose bytes may have changed gets a fresh copy of its captured bytes: changed
 *   means a new contents array or length, or a write through MEMFS's file operations, which are
 *   wrapped to note the node (a write in place keeps both, and `os.utime` can put the times back);
 * - open file descriptors are put back to the captured table (a run's unclosed files go; fd 0-2
 *   come back if the run closed them), with their positions; the working directory and the next
 *   inode number too, so `fileno()` and `st_ino` read the same in every run.
 * Mount points (/proc/self/fd) are left alone: their contents are made by JavaScript on demand.
 */

/** An Emscripten FS node, as far as a reset needs it. */
interface FsNode {
  id: number;
  name: string;
  mode: number;
  parent: FsNode;
  mounted: unknown;
  contents: unknown;
  usedBytes?: number;
  stream_ops: Record<string, unknown>;
  [attribute: string]: unknown;
}

interface FsStream {
  node: FsNode;
  position: number;
  flags: number;
}

/** The parts of Emscripten's FS object a reset uses. */
export interface EmscriptenFs {
  root: FsNode;
  streams: (FsStream | null | undefined)[];
  currentPath: string;
  nextInode: number;
  isDir(mode: number): boolean;
  isFile(mode: number): boolean;
  hashAddNode(node: FsNode): void;
  hashRemoveNode(node: FsNode): void;
}

export interface FileSystemImage {
  restore(): void;
}

/** Plain attributes of a node that a run can change (times under either generation's names). */
const ATTRIBUTES = ["mode", "rdev", "timestamp", "atime", "mtime", "ctime", "link"] as const;

interface NodeImage {
  node: FsNode;
  name: string;
  parent: FsNode;
  attributes: Record<string, unknown>;
  /** A directory's entries. */
  children: Map<string, NodeImage> | null;
  /** A file's captured bytes, and the array and length it had (to notice a replaced one). */
  bytes: Uint8Array | null;
  contents: unknown;
  usedBytes: number | undefined;
}

/** Nodes written through MEMFS's file operations since the last reset (see `watchWrites`). */
const written = new WeakSet<object>();
const watched = new WeakSet<object>();

/** Wraps MEMFS's file stream operations (shared by every MEMFS file) to note written nodes. */
function watchWrites(streamOps: Record<string, unknown>): void {
  if (watched.has(streamOps)) return;
  watched.add(streamOps);
  for (const name of ["write", "allocate", "msync"]) {
    const original = streamOps[name];
    if (typeof original !== "function") continue;
    streamOps[name] = function (this: unknown, stream: FsStream, ...rest: unknown[]): unknown {
      written.add(stream.node);
      return (original as (...args: unknown[]) => unknown).call(this, stream, ...rest);
    };
  }
}

function entries(dir: FsNode): Record<string, FsNode> {
  return (dir.contents ?? {}) as Record<string, FsNode>;
}

function captureNode(fs: EmscriptenFs, node: FsNode): NodeImage {
  const attributes: Record<string, unknown> = {};
  for (const key of ATTRIBUTES) if (key in node) attributes[key] = node[key];
  const image: NodeImage = {
    node,
    name: node.name,
    parent: node.parent,
    attributes,
    children: null,
    bytes: null,
    contents: node.contents,
    usedBytes: node.usedBytes,
  };
  if (fs.isDir(node.mode) && !node.mounted) {
    image.children = new Map();
    for (const [name, child] of Object.entries(entries(node)))
      image.children.set(name, captureNode(fs, child));
  } else if (fs.isFile(node.mode) && node.contents instanceof Uint8Array) {
    image.bytes = node.contents.slice(0, node.usedBytes ?? node.contents.length);
    watchWrites(node.stream_ops);
  }
  return image;
}

/** Drops `node` and everything below it from the FS's name cache. */
function forget(fs: EmscriptenFs, node: FsNode): void {
  fs.hashRemoveNode(node);
  if (fs.isDir(node.mode) && !node.mounted)
    for (const child of Object.values(entries(node))) forget(fs, child);
}

/** Phase 1: detaches every entry that is not the captured node at its captured place. */
function detachAdded(fs: EmscriptenFs, dir: FsNode, image: NodeImage | undefined): void {
  const contents = entries(dir);
  for (const [name, child] of Object.entries(contents)) {
    const captured = image?.children?.get(name);
    if (captured?.node === child) {
      if (captured.children) detachAdded(fs, child, captured);
    } else {
      forget(fs, child);
      delete contents[name];
    }
  }
}

/** Phase 2: puts every captured node back at its place, with its attributes and bytes. */
function reattach(fs: EmscriptenFs, image: NodeImage): void {
  const { node } = image;
  node.name = image.name;
  node.parent = image.parent;
  Object.assign(node, image.attributes);
  if (node.parent !== node) {
    fs.hashRemoveNode(node);
    fs.hashAddNode(node);
  }
  if (image.children) {
    const contents = entries(node);
    if (node.contents !== contents) node.contents = contents;
    for (const [name, child] of image.children) {
      contents[name] = child.node;
      reattach(fs, child);
    }
  } else if (image.bytes) {
    if (
      written.has(node) ||
      node.contents !== image.contents ||
      node.usedBytes !== image.usedBytes
    ) {
      node.contents = image.bytes.slice();
      node.usedBytes = image.bytes.length;
      image.contents = node.contents;
      written.delete(node);
    }
  }
}

/** Captures the file system as it is now. */
export function captureFileSystem(fs: EmscriptenFs): FileSystemImage {
  const root = captureNode(fs, fs.root);
  const streams = fs.streams.map((stream) =>
    stream ? { stream, position: stream.position, flags: stream.flags } : null,
  );
  const currentPath = fs.currentPath;
  const nextInode = fs.nextInode;
  return {
    restore() {
      detachAdded(fs, fs.root, root);
      reattach(fs, root);
      fs.streams.length = 0;
      for (const saved of streams) {
        if (saved) {
          saved.stream.position = saved.position;
          saved.stream.flags = saved.flags;
        }
        fs.streams.push(saved ? saved.stream : null);
      }
      fs.currentPath = currentPath;
      fs.nextInode = nextInode;
    },
  };
}

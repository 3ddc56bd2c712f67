/**
 * How the page learns at once that its Python worker is gone.
 *
 * A worker can end without a word: closed, or killed by the browser when it ran out of memory. No
 * event tells the page; the watchdog's unanswered pings would, but only after the time a busy
 * worker may legitimately stay silent (several seconds). A Web Lock does it at once: the worker
 * takes a lock named for it as its script starts and never lets go; the browser releases the
 * locks of a worker that ends, whatever ended it. The worker says nothing before it holds the
 * lock, and the page asks for the same lock after the worker's first message, so the page is
 * granted it exactly when the worker is gone.
 *
 * Both halves do nothing where Web Locks are missing (an insecure origin): the watchdog remains.
 */

/** The slice of the Web Locks API used here. */
interface Locks {
  request(name: string, callback: () => unknown): Promise<unknown>;
}

function locks(): Locks | null {
  const nav = (globalThis as { navigator?: { locks?: Locks } }).navigator;
  return nav?.locks ?? null;
}

/** A lock name for one worker, unique to it (the page names each worker it starts). */
export function newLifeLockName(): string {
  return `interleave-python-worker-${crypto.randomUUID()}`;
}

/**
 * In the worker, as its script starts: hold `name` for the rest of the worker's life. Resolves
 * once the lock is held (at once where there are no Web Locks): the worker must not speak before,
 * or the page's request could reach the browser's lock manager first (each context talks to it on
 * its own channel) and be granted while the worker lives.
 */
export function holdLifeLock(name: string): Promise<void> {
  const manager = locks();
  if (!manager) return Promise.resolve();
  return new Promise<void>((held) => {
    manager
      .request(name, () => {
        held();
        return new Promise<never>(() => undefined);
      })
      .catch(() => held());
  });
}

/**
 * On the page, after the worker's first message: calls `onGone` once the worker holding `name`
 * has ended (however it ended). Returns false if the browser has no Web Locks.
 */
export function watchLifeLock(name: string, onGone: () => void): boolean {
  const manager = locks();
  if (!manager) return false;
  // Granted only when the worker's lock is released: the callback returns at once and frees it.
  manager.request(name, () => onGone()).catch(() => undefined);
  return true;
}

/** The browser's timer behind an interface, so UI-side logic can be tested without waiting. */
export interface Timer {
  set: (callback: () => void, delayMs: number) => number;
  clear: (handle: number) => void;
}

export const browserTimer: Timer = {
  set: (callback, delayMs) => window.setTimeout(callback, delayMs),
  clear: (handle) => window.clearTimeout(handle),
};

/** A timer for tests: callbacks fire only when the test calls fireAll(). */
import type { Timer } from "./timer";

export class ManualTimer implements Timer {
  private next = 1;
  readonly scheduled = new Map<number, { callback: () => void; delayMs: number }>();
  set(callback: () => void, delayMs: number): number {
    const handle = this.next++;
    this.scheduled.set(handle, { callback, delayMs });
    return handle;
  }
  clear(handle: number): void {
    this.scheduled.delete(handle);
  }
  fireAll(): void {
    const due = [...this.scheduled.values()];
    this.scheduled.clear();
    due.forEach(({ callback }) => callback());
  }
}

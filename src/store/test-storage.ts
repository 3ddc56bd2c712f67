/** An in-memory StateStorage for tests (stands in for localStorage). */
import type { StateStorage } from "zustand/middleware";

export class MemoryStorage implements StateStorage<void> {
  readonly items = new Map<string, string>();
  writes = 0;
  getItem(name: string): string | null {
    return this.items.get(name) ?? null;
  }
  setItem(name: string, value: string): void {
    this.writes += 1;
    this.items.set(name, value);
  }
  removeItem(name: string): void {
    this.items.delete(name);
  }
}

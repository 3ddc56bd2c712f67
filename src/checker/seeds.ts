/**
 * Seeds for multi-schedule checks, derived from the exercise's seed so the same exercise
 * always replays the same schedules (checking is deterministic). The first is the exercise's
 * own seed, so its schedule is the one the learner sees when running the program.
 */

/** A 32-bit integer hash (the "lowbias32" finaliser): spreads nearby inputs far apart. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `count` distinct seeds in [0, 2^31): `base` first, then seeds derived from it. */
export function scheduleSeeds(base: number, count: number): number[] {
  const seeds = [base];
  const seen = new Set(seeds);
  for (let i = 1; seeds.length < count; i++) {
    const seed = mix(base ^ mix(i)) & 0x7fffffff;
    if (!seen.has(seed)) {
      seen.add(seed);
      seeds.push(seed);
    }
  }
  return seeds;
}

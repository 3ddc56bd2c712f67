/**
 * A virtual duration in the unit that fits it: seconds from 1 s up ("6.05 s"), milliseconds
 * under a second ("3.2 ms", so a 3.2 ms run never reads "0.00 s"), microseconds under a
 * millisecond, and a plain zero. Virtual time is exact, so the digits shown are real digits:
 * two decimals for seconds, up to three significant digits below. Pure; unit names per language.
 */
export interface DurationUnits {
  s: string;
  ms: string;
  us: string;
}

export const DURATION_UNITS_EN: DurationUnits = { s: "s", ms: "ms", us: "µs" };
export const DURATION_UNITS_RU: DurationUnits = { s: "с", ms: "мс", us: "мкс" };

/** Up to three significant digits, trailing zeros dropped ("3.2", "12", "0.45"). */
function significant(value: number): string {
  return String(Number(value.toPrecision(3)));
}

export function formatDuration(seconds: number, units: DurationUnits = DURATION_UNITS_EN): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return `0 ${units.s}`;
  if (seconds >= 1) return `${seconds.toFixed(2)} ${units.s}`;
  // 0.9996 s rounds to "1000 ms": say "1.00 s" instead.
  if (seconds >= 1e-3) {
    const ms = significant(seconds * 1e3);
    return Number(ms) >= 1000 ? `1.00 ${units.s}` : `${ms} ${units.ms}`;
  }
  const us = significant(seconds * 1e6);
  return Number(us) >= 1000 ? `1 ${units.ms}` : `${us} ${units.us}`;
}

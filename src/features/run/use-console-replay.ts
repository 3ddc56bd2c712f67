/**
 * Plays the console's output back at the pace it was produced on the virtual clock: at speed 1
 * a line printed at virtual 3 s appears 3 real seconds after the start, at speed 10 after 0.3 s.
 * The page's clock drives an animation here, never the simulation (the run is long over).
 * Returns the virtual time reached (Infinity when not replaying: everything shows) and controls.
 */
import { useCallback, useEffect, useState } from "react";

export interface ConsoleReplay {
  /** The speed of the replay under way, or null. */
  speed: number | null;
  /** Virtual seconds reached; lines printed later are not shown yet. */
  reached: number;
  start: (speed: number) => void;
  stop: () => void;
}

export function useConsoleReplay(end: number, resetKey: unknown): ConsoleReplay {
  const [playing, setPlaying] = useState<{ speed: number; since: number } | null>(null);
  const [reached, setReached] = useState(Infinity);

  const stop = useCallback(() => {
    setPlaying(null);
    setReached(Infinity);
  }, []);

  // A new run's output is shown whole, whatever the last one was doing.
  useEffect(stop, [resetKey, stop]);

  useEffect(() => {
    if (playing === null) return;
    let frame = 0;
    const tick = () => {
      const t = ((performance.now() - playing.since) / 1000) * playing.speed;
      if (t >= end) {
        stop();
        return;
      }
      setReached(t);
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [playing, end, stop]);

  return {
    speed: playing?.speed ?? null,
    reached,
    start: (speed) => setPlaying({ speed, since: performance.now() }),
    stop,
  };
}

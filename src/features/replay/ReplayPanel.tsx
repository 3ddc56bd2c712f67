/**
 * Replay of a failing explored schedule (a check's `replay`): the explanation, a strip per
 * thread with one mark per access (conflicting accesses marked), the current step's accesses
 * with their values, and each thread's line highlighted in the editor (through the replay
 * store). Keyboard: the panel is one tab stop; ←/→ step, Home/End jump. `data-step` exposes the
 * current step to tests.
 */
import type { KeyboardEvent } from "react";
import type { ScheduleReplay } from "../../checker";
import type { RaceStep } from "../../engine/types";
import type { UiText } from "../i18n/ui-text";
import { positionsAt, replayThreads, stepForKey } from "./replay-model";
import { useReplayStore } from "./replay-store";
import "./replay.css";

function describe(step: RaceStep, text: UiText["replay"]): string {
  const value = step.value === null ? "" : ` = ${step.value}`;
  const where = text.at(step.line);
  return `${text.op[step.op]} ${step.text}${value}${where ? ` (${where})` : ""}`;
}

export function ReplayPanel({
  replay,
  step,
  text,
}: {
  replay: ScheduleReplay;
  step: number;
  text: UiText["replay"];
}) {
  const go = useReplayStore((s) => s.go);
  const close = useReplayStore((s) => s.close);
  const { race } = replay;
  const count = race.steps.length;
  const threads = replayThreads(race);
  const conflict = new Set(race.conflict);
  const positions = positionsAt(race, step);
  const onKey = (event: KeyboardEvent<HTMLElement>) => {
    const next = stepForKey(event.key, step, count);
    if (next === null) return;
    event.preventDefault();
    go(next);
  };
  return (
    <section
      className="replay"
      aria-label={text.label(replay.schedule, replay.seed)}
      data-testid="replay"
      data-step={step}
      tabIndex={0}
      onKeyDown={onKey}
    >
      <header className="replay__header">
        <strong>{text.label(replay.schedule, replay.seed)}</strong>
        <button type="button" className="button button--small" onClick={close}>
          {text.close}
        </button>
      </header>
      <p className="replay__explanation">{replay.explanation}</p>
      <p className="replay__keys">{text.keys}</p>
      <div className="replay__strips" role="presentation">
        {threads.map((thread) => (
          <div className="replay__strip" key={thread}>
            <span className="replay__thread">{thread}</span>
            <span className="replay__marks">
              {race.steps.map((s, i) =>
                s.thread === thread ? (
                  <button
                    type="button"
                    key={i}
                    tabIndex={-1}
                    className={
                      "replay__mark" +
                      (conflict.has(i) ? " replay__mark--conflict" : "") +
                      (i === step ? " replay__mark--current" : "")
                    }
                    style={{ left: `${(100 * i) / Math.max(1, count - 1)}%` }}
                    title={`${thread}: ${describe(s, text)}${conflict.has(i) ? ` — ${text.conflict}` : ""}`}
                    aria-label={`${text.step(i + 1, count)}: ${thread} ${describe(s, text)}`}
                    data-conflict={conflict.has(i) ? "true" : undefined}
                    onClick={() => go(i)}
                  />
                ) : null,
              )}
            </span>
          </div>
        ))}
      </div>
      <div className="replay__controls">
        <button
          type="button"
          className="button button--small"
          onClick={() => go(Math.max(0, step - 1))}
          disabled={step === 0}
        >
          {text.previous}
        </button>
        <span aria-live="polite" data-testid="replay-step">
          {text.step(step + 1, count)}
          {conflict.has(step) ? ` — ${text.conflict}` : ""}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => go(Math.min(count - 1, step + 1))}
          disabled={step >= count - 1}
        >
          {text.next}
        </button>
      </div>
      <ul className="replay__positions" data-testid="replay-positions">
        {positions.map((p) => (
          <li key={p.thread} className={p.current ? "replay__position--current" : undefined}>
            {text.threadAt(p.thread, describe(p.step, text))}
          </li>
        ))}
      </ul>
    </section>
  );
}

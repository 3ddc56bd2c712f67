/** Shown when no exercise is open (or the URL names one that does not exist). */
import { useAppStore } from "../store/app-store";

export function Welcome() {
  const openId = useAppStore((s) => s.openId);
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      {openId !== null && (
        <p role="alert" className="notice">
          There is no exercise called <code>{openId}</code>.
        </p>
      )}
      <h1 id="welcome-title">Learn Python concurrency by running it</h1>
      <p>
        Pick an exercise from the course map. Your code runs in real CPython (Pyodide) inside your
        browser, on a virtual clock: a program that sleeps for ten seconds finishes at once and
        reports 10.00 s, threads really race, and deadlocks are found instead of waited for.
      </p>
    </section>
  );
}

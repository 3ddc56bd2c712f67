/** Shown when no exercise is open (or the URL names one that does not exist). */
import { useUiText } from "../features/i18n/use-ui-text";
import { useAppStore } from "../store/app-store";

export function Welcome() {
  const openId = useAppStore((s) => s.openId);
  const text = useUiText().app;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      {openId !== null && (
        <p role="alert" className="notice">
          {text.noSuchExercise(openId)}
        </p>
      )}
      <h1 id="welcome-title">{text.welcomeTitle}</h1>
      <p>{text.welcomeBody}</p>
    </section>
  );
}

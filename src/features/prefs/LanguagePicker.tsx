/** Chooses the language of the interface, exercise texts and check results. Persisted. */
import { useAppStore } from "../../store/app-store";
import { useUiText } from "../i18n/use-ui-text";
import { LANGUAGES, type Language } from "../../store/slices/prefs";

const isLanguage = (value: string): value is Language => LANGUAGES.some((l) => l.code === value);

export function LanguagePicker() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const text = useUiText().app;
  return (
    <label className="language-picker">
      <span>{text.language}</span>
      <select
        value={lang}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLang(event.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}

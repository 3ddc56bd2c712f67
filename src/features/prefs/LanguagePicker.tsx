/** Chooses the language of the interface, exercise texts and check results. Persisted. */
import { useAppStore } from "../../store/app-store";
import { useUiText } from "../i18n/use-ui-text";
import { isLang, LANGS, LANGUAGES } from "../../i18n";

export function LanguagePicker() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const text = useUiText().app;
  return (
    <label className="picker">
      <span>{text.language}</span>
      <select
        value={lang}
        data-testid="language-picker"
        onChange={(event) => {
          if (isLang(event.target.value)) setLang(event.target.value);
        }}
      >
        {LANGS.map((code) => (
          <option key={code} value={code}>
            {LANGUAGES[code].label}
          </option>
        ))}
      </select>
    </label>
  );
}

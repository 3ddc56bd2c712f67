/** Chooses the language of exercise texts. */
import { useAppStore } from "../../store/app-store";
import { LANGUAGES, type Language } from "../../store/slices/prefs";

const isLanguage = (value: string): value is Language => LANGUAGES.some((l) => l.code === value);

export function LanguagePicker() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <label className="language-picker">
      <span>Language</span>
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

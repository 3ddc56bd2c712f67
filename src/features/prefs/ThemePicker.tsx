/** Chooses the colour theme: the system's (the default), light or dark. Persisted. */
import { useAppStore } from "../../store/app-store";
import { isThemeChoice, THEMES } from "../../store/slices/prefs";
import { useUiText } from "../i18n/use-ui-text";

export function ThemePicker() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const text = useUiText().app;
  return (
    <label className="picker">
      <span>{text.theme}</span>
      <select
        value={theme}
        data-testid="theme-picker"
        onChange={(event) => {
          if (isThemeChoice(event.target.value)) setTheme(event.target.value);
        }}
      >
        {THEMES.map((choice) => (
          <option key={choice} value={choice}>
            {text.themes[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}

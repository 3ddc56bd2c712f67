/** The interface strings in the learner's language (the header's language switch). */
import { useAppStore } from "../../store/app-store";
import { UI_TEXT, type UiText } from "./ui-text";

export function useUiText(): UiText {
  return UI_TEXT[useAppStore((s) => s.lang)];
}

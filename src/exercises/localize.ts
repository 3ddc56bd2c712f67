/**
 * Picks the text for a language out of a {@link LocalizedText}. Pure; English is the fallback
 * because the format requires it on every translated text.
 */
import type { LocalizedText } from "./format";

export type { LocalizedText };

/** The text in `lang` (e.g. "ru"), else its base language ("pt" for "pt-BR"), else English. */
export function localize(text: LocalizedText, lang: string): string {
  if (typeof text === "string") return text;
  const base = lang.split("-")[0] ?? lang;
  return text[lang] ?? text[base] ?? text.en;
}

/** Languages a text is available in (always includes "en"). */
export function languagesOf(text: LocalizedText): string[] {
  if (typeof text === "string") return ["en"];
  return Object.keys(text).filter((key) => typeof text[key] === "string");
}

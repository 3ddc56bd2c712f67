/**
 * Counted phrases with the language's own plural rules (Intl.PluralRules, CLDR data built into
 * every browser and Node): English has one/other, Russian one/few/many ("1 проверка",
 * "2 проверки", "5 проверок"). "#" in a form stands for the number.
 */
import type { Lang } from "./languages";

/** The forms a phrase needs; `other` is required, the rest per language (Russian: one, few, many). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();

export function plural(lang: Lang, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (rule === undefined) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replaceAll("#", String(count));
}

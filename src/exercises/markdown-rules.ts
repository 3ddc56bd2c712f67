/**
 * What exercise texts (Markdown) may contain, as a fact shared by the page's sanitiser
 * (src/features/exercise/markdown.ts, which enforces it on every render) and the loader (which
 * tells the author at validation time, naming the file and field, instead of letting the page
 * silently drop part of their text). Pure: a text scan, no DOM.
 */
import type { LocalizedText } from "./format";

/** HTML tags an exercise text may use (Markdown produces all of them too). */
export const MARKDOWN_TAGS: readonly string[] = [
  ...["p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd"],
  ...["em", "strong", "b", "i", "del", "s", "sub", "sup", "span"],
  ...["ul", "ol", "li", "a", "img"],
  ...["table", "thead", "tbody", "tr", "th", "td"],
];

/** Attributes those tags may carry: `class` for marked's `language-python`, `align` for tables. */
export const MARKDOWN_ATTRIBUTES: readonly string[] = [
  ...["href", "title", "alt", "src", "class", "align", "start"],
];

/**
 * A URL with a scheme ("https:", "data:") or to another host without one ("//x", "/\x"): not
 * the site itself. Judged as browsers read URLs: surrounding spaces and C0 controls dropped,
 * tabs and newlines inside ignored, "\" read as "/".
 */
export function leavesSite(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const read = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  return /^[a-z][a-z0-9+.-]*:/i.test(read) || /^[/\\]{2}/.test(read);
}

const ALLOWED = new Set(MARKDOWN_TAGS);

/** The text without code (fenced blocks, indented blocks, inline spans): code shows as written. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, "")
    .replace(/(`+)[\s\S]*?\1/g, "")
    .replace(/^(?: {4}|\t).*$/gm, "");
}

/** Why a Markdown text would not show as written, or null. One reason: the first found. */
export function markdownProblem(markdown: string): string | null {
  const text = withoutCode(markdown);
  for (const match of text.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>?/g)) {
    const tag = (match[1] ?? "").toLowerCase();
    if (!ALLOWED.has(tag))
      return `contains <${tag}>, which exercise texts cannot use (the page removes it); put it in backticks to show it as code`;
    const attributes = match[2] ?? "";
    if (/(^|\s)on[a-z]+\s*=/i.test(attributes))
      return `gives <${tag}> an event handler, which exercise texts cannot use (the page removes it)`;
    if (/(^|\s)style\s*=/i.test(attributes))
      return `gives <${tag}> a style, which exercise texts cannot use (the page removes it)`;
    const src = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const url = src?.[1] ?? src?.[2] ?? src?.[3];
    if (tag === "img" && url !== undefined && leavesSite(url))
      return `shows an image from another site (${url}); exercise texts may show only images from the site itself (a relative URL)`;
  }
  for (const match of text.matchAll(/!\[[^\]]*\]\(\s*<?([^\s)>]+)/g)) {
    const url = match[1] ?? "";
    if (leavesSite(url))
      return `shows an image from another site (${url}); exercise texts may show only images from the site itself (a relative URL)`;
  }
  if (/\]\(\s*<?\s*javascript:/i.test(text) || /href\s*=\s*["']?\s*javascript:/i.test(text))
    return "links to javascript:, which exercise texts cannot use (the page removes the link)";
  return null;
}

/** Problems of every translation of a localised Markdown text, as field errors under `field`. */
export function localizedMarkdownProblems(
  text: LocalizedText,
  field: string,
): { field: string; message: string }[] {
  const entries: [string, string][] =
    typeof text === "string"
      ? [[field, text]]
      : Object.entries(text).flatMap(([lang, t]): [string, string][] =>
          typeof t === "string" ? [[`${field}.${lang}`, t]] : [],
        );
  return entries.flatMap(([at, markdown]) => {
    const problem = markdownProblem(markdown);
    return problem === null ? [] : [{ field: at, message: problem }];
  });
}

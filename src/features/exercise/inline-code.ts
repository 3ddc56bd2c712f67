/**
 * Backtick code spans in one-line texts: exercise and check titles, and the checker's own
 * phrases ("Thread-3 read `counter` (14) at line 13"), which write code the way Markdown does.
 * Those texts are shown as plain text (never parsed as HTML), so this only splits them: a pair of
 * backticks around a non-empty run without backticks is code; a lone backtick stays as it is.
 */

export interface TextPart {
  code: boolean;
  text: string;
}

const CODE_SPAN = /`([^`]+)`/g;

/** The text cut into plain and code parts, in order; empty plain parts are left out. */
export function splitInlineCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE_SPAN)) {
    if (match.index > last) parts.push({ code: false, text: text.slice(last, match.index) });
    parts.push({ code: true, text: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ code: false, text: text.slice(last) });
  return parts;
}

/** The text without its code spans' backticks, where only a string fits (document title, labels). */
export function plainInlineCode(text: string): string {
  return text.replace(CODE_SPAN, "$1");
}

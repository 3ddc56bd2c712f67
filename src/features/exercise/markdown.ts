/**
 * Markdown -> sanitised HTML for exercise texts. Exercise packs come from instructors, possibly
 * third parties: DOMPurify removes scripts, event handlers and javascript: links before the HTML
 * reaches the page. Needs a DOM (DOMPurify does nothing useful without one).
 */
import DOMPurify from "dompurify";
import { marked } from "marked";

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return DOMPurify.sanitize(html);
}

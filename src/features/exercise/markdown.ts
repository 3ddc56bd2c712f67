/**
 * Markdown -> sanitised HTML for exercise texts. Exercise packs come from instructors, possibly
 * third parties, so the HTML is cut down to what an exercise text needs and nothing else:
 * - an allow-list of tags and attributes (no `<style>`, no `style` attribute, no forms, no
 *   frames, media, SVG or MathML), so no script, no CSS `url()`, no `srcset`;
 * - images only from the site itself (a relative URL); any other image becomes its alt text, so
 *   a text cannot make the browser fetch from elsewhere (tracking pixels, the learner's IP);
 * - links only to http(s), mailto and relative targets; off-site links open in a new tab with
 *   `rel="noopener noreferrer"` (no `window.opener`, no referrer).
 * DOMPurify does the parsing with the browser's own parser; it needs a DOM (tests use jsdom).
 */
import createDOMPurify, { type Config } from "dompurify";
import { marked } from "marked";

const ALLOWED_TAGS = [
  ...["p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd"],
  ...["em", "strong", "b", "i", "del", "s", "sub", "sup", "span"],
  ...["ul", "ol", "li", "a", "img"],
  ...["table", "thead", "tbody", "tr", "th", "td"],
];
/** `class` carries marked's `language-python` on code blocks; `align` its table alignment. */
const ALLOWED_ATTR = ["href", "title", "alt", "src", "class", "align", "start"];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // http(s), mailto, and relative URLs (no scheme); everything else (javascript:, data:, ...) goes.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** A URL with a scheme ("https:", "data:") or without one but to another host ("//x", "/\x"). */
function leavesSite(url: string): boolean {
  // Browsers drop leading/trailing C0 controls and spaces and ignore tabs and newlines inside
  // URLs; they also read "\" as "/" in http(s) URLs. Judge the URL as the browser will read it.
  // eslint-disable-next-line no-control-regex
  const read = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  return /^[a-z][a-z0-9+.-]*:/i.test(read) || /^[/\\]{2}/.test(read);
}

function isExternalLink(href: string): boolean {
  return leavesSite(href) && !/^mailto:/i.test(href.trim());
}

let purifier: ReturnType<typeof createDOMPurify> | null = null;

/** One DOMPurify instance of our own, so our hooks never apply to anyone else's sanitising. */
function getPurifier(): ReturnType<typeof createDOMPurify> {
  if (purifier !== null) return purifier;
  const instance = createDOMPurify(window);
  instance.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName === "IMG") {
      const src = node.getAttribute("src") ?? "";
      if (src === "" || leavesSite(src)) {
        const alt = node.getAttribute("alt") ?? "";
        node.replaceWith(node.ownerDocument.createTextNode(alt));
      }
    } else if (node.nodeName === "A") {
      const href = node.getAttribute("href");
      if (href !== null && isExternalLink(href)) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    }
  });
  purifier = instance;
  return instance;
}

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const purify = getPurifier();
  // target and rel are set by our hook after the allow-list ran, never taken from the text.
  return purify.sanitize(html, CONFIG);
}

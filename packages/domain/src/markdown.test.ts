import { describe, expect, it } from "vitest";
import { renderAnnotation, toSafeHref } from "./markdown";
import { HOSTILE_ANNOTATIONS } from "./testing/hostile";

/** Every tag in the output with its attribute names; anything but name="value" pairs fails. */
function tags(html: string): { name: string; attrs: string[] }[] {
  return [...html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)].map((m) => {
    const rest = m[2] ?? "";
    const attrs = [...rest.matchAll(/\s([a-zA-Z-]+)="[^"<>]*"/g)];
    expect(rest.replace(/\s([a-zA-Z-]+)="[^"<>]*"/g, ""), html).toBe("");
    return { name: (m[1] ?? "").toLowerCase(), attrs: attrs.map((a) => (a[1] ?? "").toLowerCase()) };
  });
}

const ALLOWED_TAGS = new Set([
  "p",
  "h3",
  "h4",
  "h5",
  "h6",
  "strong",
  "em",
  "code",
  "pre",
  "a",
  "ul",
  "ol",
  "li",
  "blockquote",
  "hr",
]);

function expectOnlyOwnMarkup(html: string) {
  for (const tag of tags(html)) {
    expect(ALLOWED_TAGS, html).toContain(tag.name);
    for (const attr of tag.attrs) expect(["href", "rel"], html).toContain(attr);
  }
  for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:|mailto:|\/|#|[^:]*$)/i);
}

describe("renderAnnotation neutralises markup (XSS)", () => {
  const attacks: Record<string, string> = {
    "a script tag": "<script>alert('x')</script>",
    "an img with onerror": '<img src=x onerror="alert(1)">',
    "an svg onload": "<svg/onload=alert(1)>",
    "a javascript: link": "[click](javascript:alert(1))",
    "a mixed-case javascript: link": "[click](JaVaScRiPt:alert(1))",
    "a javascript: link with an entity": "[click](java&#x73;cript:alert(1))",
    "a data: link": "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "a vbscript: link": "[x](vbscript:msgbox)",
    "an attribute break-out in a URL": '[x](https://a.example/"onmouseover="alert(1))',
    "html inside a code span": "`<script>alert(1)</script>`",
    "html inside a fence": "```\n<script>alert(1)</script>\n```",
    "html inside bold and a list": "- **<b onclick=alert(1)>x</b>**",
    "an iframe in a quote": "> <iframe src=javascript:alert(1)>",
  };
  it.each(Object.entries(attacks))("%s", (_name, input) => {
    const html = renderAnnotation(input);
    expectOnlyOwnMarkup(html);
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|<b /i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  });

  it("shows a <script> as text, character for character", () => {
    expect(renderAnnotation("<script>alert('x')</script>")).toBe(
      "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>",
    );
  });

  it("keeps the label of an unsafe link as text", () => {
    expect(renderAnnotation("[click me](javascript:alert(1))")).toBe("<p>click me</p>");
  });

  it("drops control characters hidden in a scheme", () => {
    expect(toSafeHref("java\tscript:alert(1)")).toBeNull();
    expect(toSafeHref(" javascript:alert(1)")).toBeNull();
    expect(toSafeHref("https://example.org/a?b=1&c=2")).toBe("https://example.org/a?b=1&c=2");
    expect(toSafeHref("/explorer?node=fever")).toBe("/explorer?node=fever");
    expect(toSafeHref("#step-2")).toBe("#step-2");
    expect(toSafeHref("mailto:a@example.org")).toBe("mailto:a@example.org");
  });
});

describe("renderAnnotation renders the Markdown educators write", () => {
  const cases: [string, string, string][] = [
    ["paragraphs", "one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>"],
    ["headings (shifted under the page's own)", "# Title\n### Small", "<h3>Title</h3>\n<h5>Small</h5>"],
    [
      "bold, italics and code",
      "**fever** *never* _often_ `PRESENTS_WITH`",
      "<p><strong>fever</strong> <em>never</em> <em>often</em> <code>PRESENTS_WITH</code></p>",
    ],
    [
      "a safe link",
      "[FDA](https://www.fda.gov/x)",
      '<p><a href="https://www.fda.gov/x" rel="noopener noreferrer nofollow">FDA</a></p>',
    ],
    [
      "a bare URL",
      "see https://example.org/a.",
      '<p>see <a href="https://example.org/a" rel="noopener noreferrer nofollow">https://example.org/a</a>.</p>',
    ],
    [
      "a bullet list",
      "- fever\n- dysuria\n  with blood",
      "<ul><li>fever</li><li>dysuria\nwith blood</li></ul>",
    ],
    ["a numbered list", "1. urinalysis\n2. ultrasound", "<ol><li>urinalysis</li><li>ultrasound</li></ol>"],
    ["a quote", "> never accompanied by fever", "<blockquote><p>never accompanied by fever</p></blockquote>"],
    ["a fence", "```\na < b\n```", "<pre><code>a &lt; b</code></pre>"],
    ["a rule", "a\n\n---\n\nb", "<p>a</p>\n<hr>\n<p>b</p>"],
    [
      "snake_case words stay plain",
      "PRESENTS_WITH and snake_case_name",
      "<p>PRESENTS_WITH and snake_case_name</p>",
    ],
    ["arithmetic stays plain", "2 * 3 * 4", "<p>2 * 3 * 4</p>"],
    [
      // As CommonMark does: the innermost brackets make the link. Keeping "[" out of a label is also
      // what keeps 20,000 "[" linear (each label scan stops at the next "[").
      "a bracket before a link stays text",
      "see [note [FDA](https://www.fda.gov/x)",
      '<p>see [note <a href="https://www.fda.gov/x" rel="noopener noreferrer nofollow">FDA</a></p>',
    ],
    ["Windows newlines", "a\r\n\r\nb", "<p>a</p>\n<p>b</p>"],
    ["nothing", "", ""],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(renderAnnotation(input)).toBe(expected);
  });
});

describe("renderAnnotation on hostile sizes (an annotation may hold 20,000 characters)", () => {
  // How long they take is measured by `pnpm --filter @bpx/api bench:hostile`, not here.
  it.each(Object.entries(HOSTILE_ANNOTATIONS))("%s renders only its own markup", (_name, input) => {
    expectOnlyOwnMarkup(renderAnnotation(input));
  });

  it("renders quotes nested beyond four levels as text", () => {
    expect(renderAnnotation("> > > > > deep")).toBe(
      "<blockquote><blockquote><blockquote><blockquote><p>&gt; deep</p></blockquote></blockquote></blockquote></blockquote>",
    );
  });
});

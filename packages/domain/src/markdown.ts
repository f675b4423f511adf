/**
 * A small, safe Markdown renderer for teaching-path annotations. It escapes every character of the
 * input first and only ever emits its own tags (p, h3-h6, strong, em, code, pre, a, ul, ol, li,
 * blockquote, hr), so raw HTML in an annotation (`<script>`, `<img onerror=...>`) is shown as text.
 * Links keep only http(s), mailto and relative URLs: `javascript:`, `data:` and the like become
 * plain text. Pure and dependency-free, so the web app can run it in the browser.
 */

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * The URL to link to, or null when it is not safe. Browsers drop control characters and spaces
 * inside a scheme ("java\tscript:"), so they are removed before the scheme is read.
 */
export function toSafeHref(url: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, "");
  // Anything with a colon must start with an allowed scheme: stricter than a URL parser, on purpose.
  const allowed = /^(https?:\/\/|mailto:|\/|#|\.{1,2}\/)/i.test(cleaned) || !cleaned.includes(":");
  if (!allowed) return null;
  return cleaned === "" ? null : cleaned;
}

// A link label holds no "[": each label scan then stops at the next "[", so a run of them is
// linear (with "[" allowed, 20,000 of them took half a second, each scanning to the line's end).
const INLINE =
  /`([^`\n]+)`|\[([^[\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)|\*\*([^*\n]+?)\*\*|(?<![\w*])\*([^*\s][^*\n]*?)\*(?![\w*])|(?<![\w_])_([^_\s][^_\n]*?)_(?![\w_])|(https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"])/g;

function link(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${label}</a>`;
}

/** Renders inline Markdown: code spans, links, bold, italics and bare http(s) URLs. */
function renderInline(text: string, inLink = false): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const [whole, code, label, url, bold, em1, em2, bare] = m;
    const index = m.index ?? 0;
    out += escapeHtml(text.slice(last, index));
    last = index + whole.length;
    if (code !== undefined) out += `<code>${escapeHtml(code)}</code>`;
    else if (label !== undefined && url !== undefined) {
      const href = inLink ? null : toSafeHref(url);
      out += href ? link(href, renderInline(label, true)) : renderInline(label, inLink);
    } else if (bold !== undefined) out += `<strong>${renderInline(bold, inLink)}</strong>`;
    else if (em1 !== undefined || em2 !== undefined)
      out += `<em>${renderInline(em1 ?? em2 ?? "", inLink)}</em>`;
    else if (bare !== undefined) out += inLink ? escapeHtml(bare) : link(bare, escapeHtml(bare));
  }
  return out + escapeHtml(text.slice(last));
}

const FENCE = /^\s*```/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const QUOTE = /^\s*>\s?/;
const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

const startsBlock = (line: string) =>
  FENCE.test(line) || HEADING.test(line) || QUOTE.test(line) || BULLET.test(line) || NUMBERED.test(line);

/** Collects lines while `keep` holds, from `start`; returns them and the next index. */
function take(lines: string[], start: number, keep: (line: string) => boolean): [string[], number] {
  let i = start;
  while (i < lines.length && keep(lines[i] ?? "")) i++;
  return [lines.slice(start, i), i];
}

function renderList(items: string[], marker: RegExp, tag: "ul" | "ol"): string {
  // A line without a marker continues the item above it.
  const merged: string[] = [];
  for (const line of items) {
    if (marker.test(line) || merged.length === 0) merged.push(line.replace(marker, ""));
    else merged[merged.length - 1] += `\n${line.trim()}`;
  }
  return `<${tag}>${merged.map((item) => `<li>${renderInline(item)}</li>`).join("")}</${tag}>`;
}

/** Deeper quotes render as text: unbounded nesting would let one annotation exhaust the stack. */
const MAX_QUOTE_DEPTH = 4;

function renderBlocks(lines: string[], depth = 0): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      i++;
    } else if (FENCE.test(line)) {
      const [body, end] = take(lines, i + 1, (l) => !FENCE.test(l));
      out.push(`<pre><code>${escapeHtml(body.join("\n"))}</code></pre>`);
      i = end + 1;
    } else if (HEADING.test(line)) {
      const [, hashes = "#", text = ""] = HEADING.exec(line) ?? [];
      // Annotations sit under the page's own headings: "#" renders as h3.
      const level = Math.min(hashes.length + 2, 6);
      out.push(`<h${level}>${renderInline(text)}</h${level}>`);
      i++;
    } else if (RULE.test(line)) {
      out.push("<hr>");
      i++;
    } else if (QUOTE.test(line) && depth < MAX_QUOTE_DEPTH) {
      const [quoted, end] = take(lines, i, (l) => QUOTE.test(l));
      const inner = renderBlocks(
        quoted.map((l) => l.replace(QUOTE, "")),
        depth + 1,
      );
      out.push(`<blockquote>${inner.join("\n")}</blockquote>`);
      i = end;
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const marker = BULLET.test(line) ? BULLET : NUMBERED;
      const [items, end] = take(lines, i, (l) => l.trim() !== "" && (marker.test(l) || !startsBlock(l)));
      out.push(renderList(items, marker, marker === BULLET ? "ul" : "ol"));
      i = end;
    } else {
      // The first line always belongs to the paragraph, so every turn of the loop moves on.
      const [rest, end] = take(lines, i + 1, (l) => l.trim() !== "" && !startsBlock(l) && !RULE.test(l));
      const para = [line, ...rest];
      out.push(`<p>${renderInline(para.map((l) => l.trim()).join("\n"))}</p>`);
      i = end;
    }
  }
  return out;
}

/** Renders an annotation's Markdown to sanitised HTML, safe to insert into a page as is. */
export function renderAnnotation(markdown: string): string {
  return renderBlocks(markdown.replace(/\r\n?/g, "\n").split("\n")).join("\n");
}

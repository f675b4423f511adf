import { describe, expect, it } from "vitest";
import { toAnnotationHtml, toCaseHref, toStepTitle } from "./labels";

const NAMES = new Map([
  ["pyelonephritis", "Pyelonephritis of pregnancy"],
  ["fever", "Fever"],
]);

describe("toStepTitle", () => {
  it.each([
    [{ nodeId: "fever", edgeId: null }, "Fever"],
    [{ nodeId: "urinalysis", edgeId: null }, "Urinalysis"],
    [
      { nodeId: null, edgeId: "PRESENTS_WITH:pyelonephritis->fever" },
      "Pyelonephritis of pregnancy → presents with → Fever",
    ],
    [{ nodeId: null, edgeId: "garbled" }, "Unknown step"],
  ])("%o -> %s", (step, expected) => {
    expect(toStepTitle(step, NAMES)).toBe(expected);
  });
});

describe("toAnnotationHtml", () => {
  it("renders Markdown", () => {
    expect(toAnnotationHtml("## Fever\n\n**Ask** first")).toContain("<strong>Ask</strong>");
  });

  it("shows script tags and event handlers as text, never as markup", () => {
    const html = toAnnotationHtml('<script>window.__xss = 1</script> <img src=x onerror="window.__xss=2">');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;script&gt;window.__xss = 1&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;");
  });

  it("drops javascript: links", () => {
    expect(toAnnotationHtml("[click](javascript:alert(1))")).not.toContain("href");
  });
});

describe("toCaseHref", () => {
  it("opens the saved case on the differential page", () => {
    expect(
      toCaseHref({ present: ["low-back-pain", "fever"], absent: ["dysuria"], gestationalWeek: 24 }),
    ).toBe("/?present=low-back-pain,fever&absent=dysuria&week=24");
    expect(toCaseHref({ present: ["fever"], absent: [], gestationalWeek: null })).toBe("/?present=fever");
  });
});

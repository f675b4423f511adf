import { readFile, writeFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { cleanTest as test, VIGNETTE, waitForLayout } from "./helpers";

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test("exports the graph as PNG (2x) and SVG, and the case as JSON", async ({ page }, testInfo) => {
  await page.goto(`${VIGNETTE}&node=pyelonephritis`);
  await waitForLayout(page);

  const png = await download(page, "Export PNG");
  expect(png.name).toMatch(/^case-week-24-\d{4}-\d{2}-\d{2}\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
  // The IHDR chunk holds the width; a full-graph export at scale 2 is twice the graph's extent.
  const width = png.bytes.readUInt32BE(16);
  const extent = await page.evaluate(() => window.cy?.elements().boundingBox().w ?? 0);
  expect(width).toBeGreaterThanOrEqual(Math.floor(extent * 2) - 2);
  await writeFile(testInfo.outputPath("11-export.png"), png.bytes);

  const svg = await download(page, "Export SVG");
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.bytes.toString("utf8");
  const parsed = await page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, "image/svg+xml");
    return {
      error: document.querySelector("parsererror")?.textContent ?? null,
      root: document.documentElement.nodeName,
      nodes: document.querySelectorAll("g.nodes > g").length,
      text: document.documentElement.textContent ?? "",
      patterns: [...document.querySelectorAll("defs > pattern")].map((pattern) => pattern.id).sort(),
      overlays: document.querySelectorAll('g.nodes [fill^="url(#safety-"]').length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.nodes).toBe(await page.evaluate(() => window.cy?.nodes().length));
  for (const label of ["Pyelonephritis of pregnancy", "Urinalysis", "Radiography", "Fever"]) {
    expect(parsed.text).toContain(label);
  }
  // Each rated node carries its level's pattern as on screen, not its colour alone (allowed is plain).
  const patterned = await page.evaluate(() =>
    (window.cy?.nodes().toArray() ?? []).flatMap((node) =>
      node.classes().filter((name: string) => name.startsWith("safety-") && name !== "safety-allowed"),
    ),
  );
  expect(patterned.length).toBeGreaterThan(0);
  expect(parsed.patterns).toEqual([...new Set(patterned)].sort());
  expect(parsed.overlays).toBe(patterned.length);
  await writeFile(testInfo.outputPath("12-export.svg"), svg.bytes);

  const json = await download(page, "Export case (JSON)");
  const exported = JSON.parse(json.bytes.toString("utf8"));
  expect(exported).toMatchObject({
    format: "bpx-case/1",
    case: {
      gestationalWeek: 24,
      trimester: 2,
      present: [
        { id: "fever", name: "Fever" },
        { id: "dysuria", name: "Painful urination" },
        { id: "unilateral-pain", name: "Unilateral back pain" },
      ],
      absent: [],
    },
    view: { selectedNode: "pyelonephritis", layout: "layered" },
  });
  expect(exported.url).toContain("present=fever,dysuria,unilateral-pain");
  expect(exported.differential.candidates[0]).toMatchObject({ id: "pyelonephritis", rank: 1 });
  expect(exported.differential.redFlags.map((flag: { id: string }) => flag.id)).toContain(
    "rf-fever-with-kidney-signs",
  );
});

test("the print view lays out the differential with all of its evidence", async ({ page }, testInfo) => {
  await page.goto(VIGNETTE);
  await page.getByRole("link", { name: "Print view" }).click();
  await expect(page).toHaveURL(/\/print\?present=fever,dysuria,unilateral-pain&week=24$/);
  const view = page.getByTestId("print-view");
  await expect(view).toContainText("Week 24 (2nd trimester)");
  await expect(view).toContainText("Present: Fever, Painful urination, Unilateral back pain");
  await expect(view.getByTestId("red-flags")).toContainText("suspect pyelonephritis");
  const leader = view.locator(".print-candidate").first();
  await expect(leader).toContainText("1. Pyelonephritis of pregnancy");
  await expect(leader).toContainText("90%");
  await expect(leader.locator(".quote").first()).toBeVisible();
  await expect(view.locator('[data-subject-id="radiography"]')).toHaveCount(0);
  await expect(view.locator('[data-subject-id="urinalysis"]')).toContainText("Allowed at week 24");
  await expect(view).toContainText("not a diagnosis");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath("09-print.png"), fullPage: true });
});

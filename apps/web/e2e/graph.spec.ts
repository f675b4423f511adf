import { expect, type Page, test } from "@playwright/test";
import {
  graphNodeIds,
  layoutRuns,
  seriousViolations,
  VIGNETTE,
  waitForLayout,
  waitForNextLayout,
  watchForProblems,
} from "./helpers";

test("the case graph: select for details, hover, expand by double-click and button, filter, layouts, zoom, table", async ({
  page,
}, testInfo) => {
  const problems = watchForProblems(page);
  await page.goto(VIGNETTE);
  await waitForLayout(page);
  const panel = page.getByTestId("node-panel");

  // Click: the side panel shows summary, aliases, quotes with sources, and safety at the week.
  // The linked tests and drugs arrive after the candidates (a second layout), so wait for the node.
  await page.waitForFunction(() => window.cy?.$id("radiography").nonempty() ?? false);
  await page.evaluate(() => {
    window.cy?.$id("radiography").emit("tap");
  });
  await expect(page).toHaveURL(/node=radiography/);
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Radiography");
  await expect(panel).toContainText("Also: X-ray");
  await expect(panel.getByTestId("node-safety")).toContainText("Caution at week 24");
  await expect(panel.getByTestId("node-safety").locator(".statement-head")).toHaveCount(2);
  await expect(panel.locator(".quote").first()).toHaveText(/^“.+”$/);
  await page.getByTestId("case-graph").screenshot({ path: testInfo.outputPath("06-node-panel.png") });

  // Hover highlights exactly the node's edges.
  const hover = await page.evaluate(() => {
    const node = window.cy?.$id("pyelonephritis");
    node?.emit("mouseover");
    const lit = window.cy?.edges(".hover").length;
    const own = node?.connectedEdges().length;
    node?.emit("mouseout");
    return { lit, own, after: window.cy?.edges(".hover").length };
  });
  expect(hover.lit).toBe(hover.own);
  expect(hover.lit).toBeGreaterThan(3);
  expect(hover.after).toBe(0);

  // Double-click adds the node's neighbours (here the sources that rate radiography).
  const before = await graphNodeIds(page);
  expect(before).not.toContain("acog-co-723-2017");
  await page.evaluate(() => {
    window.cy?.$id("radiography").emit("dbltap");
  });
  await expect(page).toHaveURL(/expand=radiography/);
  await expect.poll(() => graphNodeIds(page)).toContain("acog-co-723-2017");
  await waitForLayout(page);
  expect((await graphNodeIds(page)).length).toBeGreaterThan(before.length);
  expect(
    await page.evaluate(() => window.cy?.$id("HAS_SAFETY:radiography->acog-co-723-2017@1-42").nonempty()),
  ).toBe(true);

  // The panel's Expand button does the same for the selected node.
  await page.evaluate(() => {
    window.cy?.$id("urinalysis").emit("tap");
  });
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Urinalysis");
  await panel.getByRole("button", { name: "Expand" }).click();
  await expect(page).toHaveURL(/expand=radiography,urinalysis/);
  await expect(panel.getByRole("button", { name: "Expanded" })).toBeDisabled();

  // Filter by kind.
  // The checkbox follows the URL, so it flips a render after the click: click, then wait for it
  // (uncheck()/check() assert the flip at once, which raced).
  const sources = page.getByRole("checkbox", { name: "Sources" });
  await sources.click();
  await expect(sources).not.toBeChecked();
  await expect(page).toHaveURL(/hide=SOURCE/);
  await expect.poll(() => page.evaluate(() => window.cy?.nodes('[kind = "SOURCE"]').length)).toBe(0);
  await sources.click();
  await expect(sources).toBeChecked();
  await expect
    .poll(() => page.evaluate(() => window.cy?.nodes('[kind = "SOURCE"]').length))
    .toBeGreaterThan(0);

  // Layered puts findings left of conditions left of tests; force-directed moves them.
  await waitForLayout(page);
  const columns = await page.evaluate(() => {
    const x = (id: string) => window.cy?.$id(id).position("x") ?? Number.NaN;
    return [x("fever"), x("pyelonephritis"), x("urinalysis")];
  });
  expect(columns[0]).toBeLessThan(columns[1] ?? 0);
  expect(columns[1]).toBeLessThan(columns[2] ?? 0);
  const runs = await layoutRuns(page);
  await page.getByLabel("Layout").selectOption("force");
  await expect(page).toHaveURL(/layout=force/);
  await waitForNextLayout(page, runs);
  await expect
    .poll(() => page.evaluate(() => window.cy?.$id("urinalysis").position("x")))
    .not.toBe(columns[2]);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-layout-thread", "worker");
  await page.getByTestId("case-graph").screenshot({ path: testInfo.outputPath("07-force-expanded.png") });

  // Zoom and fit.
  const zoom = await page.evaluate(() => window.cy?.zoom() ?? 0);
  await page.getByRole("button", { name: "Zoom in" }).click();
  expect(await page.evaluate(() => window.cy?.zoom() ?? 0)).toBeGreaterThan(zoom);
  await page.getByRole("button", { name: "Fit" }).click();
  // Fitted, every element is inside the canvas (labels change size with zoom, so the level differs).
  const fitted = await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return null;
    const box = cy.elements().renderedBoundingBox();
    return { box, width: cy.width(), height: cy.height(), zoom: cy.zoom() };
  });
  expect(fitted?.zoom).toBeLessThan(zoom * 1.25);
  expect(fitted?.box.x1).toBeGreaterThanOrEqual(-1);
  expect(fitted?.box.y1).toBeGreaterThanOrEqual(-1);
  expect(fitted?.box.x2).toBeLessThanOrEqual((fitted?.width ?? 0) + 1);
  expect(fitted?.box.y2).toBeLessThanOrEqual((fitted?.height ?? 0) + 1);

  // The table view lists exactly what the graph draws, and its buttons select nodes by keyboard.
  const ids = await graphNodeIds(page);
  await page.getByRole("button", { name: "Show as table" }).click();
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByTestId("graph-table");
  // evaluateAll reads once, so wait for the table to render its rows first (it raced under load).
  await expect(table.locator("tbody tr[data-node-id]")).toHaveCount(ids.length);
  const rows = await table
    .locator("tbody tr[data-node-id]")
    .evaluateAll((items) => items.map((row) => (row as HTMLElement).dataset.nodeId ?? "").sort());
  expect(rows).toEqual(ids);
  await expect(table.locator("tr[data-node-id='radiography']")).toContainText("Safety: Caution");
  await table.locator("tr[data-node-id='abdominal-ultrasound'] th button").focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    "Ultrasound of the abdominal cavity and kidneys",
  );
  await page.screenshot({ path: testInfo.outputPath("08-table.png"), fullPage: true });
  expect(problems).toEqual([]);
});

test("a 351-element layout: force-directed in the worker, layered on the page in milliseconds, never freezing it", async ({
  page,
}) => {
  // Four neighbourhoods in the explorer give 113 nodes and 238 relationships.
  await page.goto("/explore?node=pyelonephritis&expand=osteochondrosis,postural-back-pain,seed-002");
  await waitForLayout(page);
  const count = await page.evaluate(() => window.cy?.elements().length ?? 0);
  expect(count).toBeGreaterThanOrEqual(300);

  // Watch the main thread: rAF gaps and long tasks while a new layout is computed and applied.
  await page.evaluate(() => {
    const state = { gaps: [] as number[], longTasks: [] as number[], running: true };
    (window as unknown as { perf: typeof state }).perf = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    }).observe({ type: "longtask" });
    let last = performance.now();
    const tick = (now: number) => {
      state.gaps.push(now - last);
      last = now;
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const results: Record<string, unknown> = { elements: count };
  for (const layout of ["layered", "force"]) {
    const runs = await layoutRuns(page);
    const start = Date.now();
    await page.getByLabel("Layout").selectOption(layout);
    // The page answers while the layout is computed: a click on the toolbar takes effect (every
    // zoom level the view passes through is kept, since the finished layout fits the view again).
    const zoomBefore = await page.evaluate(() => {
      const zooms: number[] = [];
      (window as unknown as { zooms: number[] }).zooms = zooms;
      window.cy?.on("zoom", () => zooms.push(window.cy?.zoom() ?? Number.NaN));
      return window.cy?.zoom() ?? 0;
    });
    const clickStart = Date.now();
    await page.getByRole("button", { name: "Zoom out" }).click();
    results[`${layout}ClickMs`] = Date.now() - clickStart;
    await expect
      .poll(() => page.evaluate(() => Math.min(...(window as unknown as { zooms: number[] }).zooms)))
      .toBeLessThan(zoomBefore);
    await waitForNextLayout(page, runs);
    results[`${layout}TotalMs`] = Date.now() - start;
    results[`${layout}ComputeMs`] = Number(
      await page.getByTestId("graph-canvas").getAttribute("data-layout-ms"),
    );
    // The layered layout is computed where it is drawn (columns.ts, a few milliseconds); fcose
    // needs a Cytoscape core of its own and runs in the worker.
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute(
      "data-layout-thread",
      layout === "layered" ? "main" : "worker",
    );
  }
  const perf = await page.evaluate(() => {
    const state = (window as unknown as { perf: { gaps: number[]; longTasks: number[]; running: boolean } })
      .perf;
    state.running = false;
    return {
      maxFrameGapMs: Math.round(Math.max(...state.gaps)),
      longestTaskMs: Math.round(Math.max(0, ...state.longTasks)),
    };
  });
  Object.assign(results, perf);
  console.info(`300-element layout measurement: ${JSON.stringify(results)}`);
  // Reported, not asserted: how long the main thread is blocked is measured by `pnpm bench:web`
  // (a benchmark, run on purpose), not by a test that a busy machine would fail.
  test.info().annotations.push({ type: "layout-measurement", description: JSON.stringify(results) });
});

/**
 * Model positions of the named nodes, exactly: a node kept in place does not move at all (rounded
 * to a pixel, this check once passed or failed by how a tenth-of-a-pixel shift happened to round).
 */
function positionsOf(page: Page, ids: string[]) {
  return page.evaluate(
    (wanted) =>
      Object.fromEntries(
        wanted.map((id) => {
          const { x, y } = window.cy?.$id(id).position() ?? { x: Number.NaN, y: Number.NaN };
          return [id, [x, y]];
        }),
      ),
    ids,
  );
}

test("a clicked relationship shows its evidence and sources, by name", async ({ page }, testInfo) => {
  const problems = watchForProblems(page);
  await page.goto("/explore?node=pyelonephritis");
  await waitForLayout(page);
  const edgeId = await page.evaluate(
    () =>
      window.cy
        ?.edges()
        .filter((edge) => edge.source().id() === "pyelonephritis" && edge.target().id() === "fever")
        .first()
        .id() ?? "",
  );
  expect(edgeId).not.toBe("");
  await page.evaluate((id) => {
    window.cy?.$id(id).emit("tap");
  }, edgeId);
  const panel = page.getByTestId("edge-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    "Pyelonephritis of pregnancy → presents with → Fever",
  );
  await expect(panel.locator(".evidence li").first()).toBeVisible();
  await expect(panel.locator(".quote-source").first()).not.toBeEmpty();
  await expect(panel).not.toContainText("pyelonephritis->");
  expect(await page.evaluate((id) => window.cy?.$id(id).selected(), edgeId)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath("edge-evidence.png"), fullPage: true });

  await panel.getByRole("button", { name: "Show Fever" }).click();
  await expect(page.getByTestId("node-panel").getByRole("heading", { level: 2 })).toHaveText("Fever");
  expect(problems).toEqual([]);
});

test("hide, pin and collapse are undone and redone, by button and by key", async ({ page }) => {
  await page.goto("/explore?node=pyelonephritis");
  await waitForLayout(page);
  const drawn = async (id: string) => page.evaluate((nodeId) => window.cy?.$id(nodeId).nonempty(), id);
  await page.evaluate(() => {
    window.cy?.$id("fever").emit("tap");
  });
  const panel = page.getByTestId("node-panel");
  await panel.getByRole("button", { name: "Hide" }).click();
  await expect.poll(() => drawn("fever")).toBe(false);
  await expect(page.getByRole("button", { name: "Show 1 hidden" })).toBeVisible();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => drawn("fever")).toBe(true);
  await page.keyboard.press("Control+Shift+Z");
  await expect.poll(() => drawn("fever")).toBe(false);
  await page.keyboard.press("Control+Z");
  await expect.poll(() => drawn("fever")).toBe(true);
  await expect(page.getByRole("button", { name: "Redo" })).toBeEnabled();

  // Pinned: locked, and kept where it is when the whole drawing is laid out again.
  await page.evaluate(() => {
    window.cy?.$id("fever").emit("tap");
  });
  await panel.getByRole("button", { name: "Pin" }).click();
  await expect(panel.getByRole("button", { name: "Unpin" })).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => window.cy?.$id("fever").locked())).toBe(true);
  const before = await positionsOf(page, ["fever"]);
  const runs = await layoutRuns(page);
  await page.getByLabel("Layout").selectOption("concentric");
  await waitForNextLayout(page, runs);
  expect(await positionsOf(page, ["fever"])).toEqual(before);

  // Collapsing the focus node folds its leaf neighbours away; undo brings them back.
  const count = () => page.evaluate(() => window.cy?.nodes().length ?? 0);
  const all = await count();
  await page.evaluate(() => {
    window.cy?.$id("pyelonephritis").emit("tap");
  });
  await panel.getByRole("button", { name: "Collapse neighbours" }).click();
  await expect.poll(count).toBeLessThan(all);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(count).toBe(all);
});

interface DrawnFrame {
  nodes: number;
  places: number;
  bandMatches: boolean;
}

test("the case graph is first drawn laid out, at its fitted zoom's label band, never piled at the origin", async ({
  page,
}) => {
  // Every frame Cytoscape draws, from the core's creation: how many distinct places its nodes
  // occupy, and whether the labels are styled for the zoom drawn (zoom-labels.ts's bands).
  await page.addInitScript(
    ({ mid, far }) => {
      interface Node {
        position(axis: "x" | "y"): number;
        hasClass(name: string): boolean;
      }
      interface Core {
        renderer(): { render(options: unknown): unknown };
        nodes(selector: string): { length: number; toArray(): Node[] };
        zoom(): number;
      }
      const frames: { nodes: number; places: number; bandMatches: boolean }[] = [];
      Object.assign(window, { __frames: frames });
      let core: Core | undefined;
      Object.defineProperty(window, "cy", {
        configurable: true,
        get: () => core,
        set: (cy: Core) => {
          core = cy;
          const renderer = cy.renderer();
          const render = renderer.render.bind(renderer);
          renderer.render = (options) => {
            const nodes = cy.nodes(":childless").toArray();
            const places = new Set(nodes.map((node) => `${node.position("x")},${node.position("y")}`));
            const zoom = cy.zoom();
            const band = zoom < far ? "zoom-far" : zoom < mid ? "zoom-mid" : "zoom-near";
            frames.push({
              nodes: nodes.length,
              places: places.size,
              bandMatches: nodes.every((node) => node.hasClass(band)),
            });
            return render(options);
          };
        },
      });
    },
    { mid: 0.8, far: 0.45 },
  );
  const drawn = () => page.evaluate(() => (window as unknown as { __frames: DrawnFrame[] }).__frames);
  await page.goto(VIGNETTE);
  await waitForLayout(page);
  await expect.poll(async () => (await drawn()).length).toBeGreaterThan(0);
  const [first] = await drawn();
  expect(first?.nodes).toBeGreaterThan(1);
  // Laid out: as many places as nodes, not one pile (before the layout every node is at 0,0).
  expect(first?.places).toBe(first?.nodes);
  expect(first?.bandMatches).toBe(true);
  // Laid out and drawn once, with the candidates' tests and treatments already in: the first layout
  // waits for them (they come in a request of their own, after the ranking) rather than drawing
  // the candidates alone and then everything again.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const counted = document.querySelector('[data-testid="case-graph"] header p')?.textContent ?? "";
        return counted.startsWith(`${window.cy?.nodes(":childless").length ?? -1} nodes`);
      }),
    )
    .toBe(true);
  const all = await page.evaluate(() => window.cy?.nodes(":childless").length ?? 0);
  expect(all).toBeGreaterThan(20);
  expect(first?.nodes).toBe(all);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-layout-runs", "1");
});

test("labels grow, then give way to the overview, as the drawing is zoomed out", async ({ page }) => {
  await page.goto("/explore?node=pyelonephritis");
  await waitForLayout(page);
  const canvas = page.getByTestId("graph-canvas");
  const label = (id: string) => page.evaluate((nodeId) => String(window.cy?.$id(nodeId).style("label")), id);
  const fontPx = (id: string) =>
    page.evaluate((nodeId) => {
      const node = window.cy?.$id(nodeId);
      return Number.parseFloat(String(node?.style("font-size"))) * (window.cy?.zoom() ?? 1);
    }, id);

  await page.evaluate(() => {
    window.cy?.zoom(1.2);
  });
  await expect(canvas).toHaveAttribute("data-zoom-band", "near");
  expect(await label("fever")).toBe("Fever");
  await page.evaluate(() => {
    window.cy?.zoom(0.5);
  });
  await expect(canvas).toHaveAttribute("data-zoom-band", "mid");
  expect(await fontPx("fever")).toBeGreaterThanOrEqual(8);
  await page.evaluate(() => {
    window.cy?.zoom(0.3);
  });
  await expect(canvas).toHaveAttribute("data-zoom-band", "far");
  expect(await label("fever")).toBe("");
  // The searched node keeps a label that is still legible on the overview.
  expect(await label("pyelonephritis")).toContain("Pyelonephritis");
  expect(await fontPx("pyelonephritis")).toBeGreaterThanOrEqual(7);
});

test("a big neighbourhood is grouped by kind, and growing it keeps what was drawn in place", async ({
  page,
}, testInfo) => {
  await page.goto("/explore?node=pyelonephritis&expand=osteochondrosis,postural-back-pain,seed-002");
  await waitForLayout(page);
  const group = page.getByRole("button", { name: "Group by kind" });
  await expect(group).toHaveAttribute("aria-pressed", "true");
  const clusters = () =>
    page.evaluate(() => window.cy?.nodes(":parent").map((node) => String(node.data("label"))) ?? []);
  const grouped = await clusters();
  expect(grouped.length).toBeGreaterThanOrEqual(3);
  expect(grouped.join()).toMatch(/Findings \(\d+\)/);
  expect(
    await page.evaluate(() => window.cy?.nodes(":childless").filter((node) => node.isOrphan()).length),
  ).toBe(0);
  // Each group's name is drawn at a legible size at the fitted zoom.
  const smallest = await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return 0;
    return Math.min(
      ...cy.nodes(":parent").map((node) => Number.parseFloat(String(node.style("font-size"))) * cy.zoom()),
    );
  });
  expect(smallest).toBeGreaterThanOrEqual(7);
  await page.screenshot({ path: testInfo.outputPath("clustered.png"), fullPage: true });
  // Grouped by condition instead: one group per condition, the searched one among them.
  await page.getByRole("button", { name: "Group by condition" }).click();
  await expect(group).toHaveAttribute("aria-pressed", "false");
  await waitForLayout(page);
  await expect.poll(async () => (await clusters()).join("|")).toMatch(/Pyelonephritis of pregnancy \(\d+\)/);
  await page.getByRole("button", { name: "Group by condition" }).click();
  await waitForLayout(page);
  expect(await clusters()).toEqual([]);

  // Stable growth: expanding a node lays out only the new nodes.
  await page.goto("/explore?node=pyelonephritis");
  await waitForLayout(page);
  const ids = await graphNodeIds(page);
  const before = await positionsOf(page, ids);
  const runs = await layoutRuns(page);
  await page.evaluate(() => {
    window.cy?.$id("fever").emit("dbltap");
  });
  await waitForNextLayout(page, runs);
  expect((await graphNodeIds(page)).length).toBeGreaterThan(ids.length);
  expect(await positionsOf(page, ids)).toEqual(before);
});

test("a relationship clicked in the case graph shows the graph's evidence for it", async ({ page }) => {
  await page.goto(VIGNETTE);
  await waitForLayout(page);
  await page.waitForFunction(() => window.cy?.$id("SUPPORTS:fever->pyelonephritis").nonempty() ?? false);
  await page.evaluate(() => {
    window.cy?.$id("SUPPORTS:fever->pyelonephritis").emit("tap");
  });
  const panel = page.getByTestId("case-graph").getByTestId("edge-panel").first();
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    "Pyelonephritis of pregnancy → presents with → Fever",
  );
  await expect(panel.locator(".evidence li").first()).toBeVisible();
  await panel.getByRole("button", { name: "Show Fever" }).click();
  await expect(page).toHaveURL(/node=fever/);
  await expect(page.getByTestId("node-panel").getByRole("heading", { level: 2 })).toHaveText("Fever");
});

test("the case graph pins, hides one node, undoes and redoes, and keeps pins and hidden nodes in the URL", async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await page.goto(VIGNETTE);
  await waitForLayout(page);
  await page.waitForFunction(() => window.cy?.$id("radiography").nonempty() ?? false);
  const graph = page.getByTestId("case-graph");
  const panel = page.getByTestId("node-panel");
  const drawn = (id: string) => page.evaluate((nodeId) => window.cy?.$id(nodeId).nonempty(), id);
  const locked = (id: string) => page.evaluate((nodeId) => window.cy?.$id(nodeId).locked(), id);
  const tap = (id: string) =>
    page.evaluate((nodeId) => {
      window.cy?.$id(nodeId).emit("tap");
    }, id);

  // Pin the leading candidate: locked in place, drawn with a double outline, and in the URL.
  await tap("pyelonephritis");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Pyelonephritis of pregnancy");
  await panel.getByRole("button", { name: "Pin", exact: true }).click();
  await expect(panel.getByRole("button", { name: "Unpin", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page).toHaveURL(/pin=pyelonephritis/);
  await expect.poll(() => locked("pyelonephritis")).toBe(true);

  // Hide one linked test: gone from the drawing, counted, and in the URL.
  await tap("radiography");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Radiography");
  await panel.getByRole("button", { name: "Hide", exact: true }).click();
  await expect.poll(() => drawn("radiography")).toBe(false);
  await expect(page).toHaveURL(/omit=radiography/);
  await expect(graph.getByRole("button", { name: "Show 1 hidden" })).toBeVisible();

  // Undo by button brings it back; redo by key hides it again; the pin is untouched throughout.
  await graph.getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(() => drawn("radiography")).toBe(true);
  await expect(page).not.toHaveURL(/omit=/);
  await page.keyboard.press("Control+Shift+Z");
  await expect.poll(() => drawn("radiography")).toBe(false);
  await expect(page).toHaveURL(/omit=radiography/);
  await page.keyboard.press("Control+Z");
  await expect.poll(() => drawn("radiography")).toBe(true);
  await graph.getByRole("button", { name: "Redo", exact: true }).click();
  await expect.poll(() => drawn("radiography")).toBe(false);
  expect(await locked("pyelonephritis")).toBe(true);

  // Entered findings are the case itself: they are removed from the case, not hidden.
  await tap("fever");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Fever");
  await expect(panel.getByRole("button", { name: "Pin", exact: true })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Hide", exact: true })).toHaveCount(0);

  // A reload keeps the pin and the hidden node; the steps back start afresh.
  await page.reload();
  await waitForLayout(page);
  await page.waitForFunction(() => window.cy?.$id("pyelonephritis").nonempty() ?? false);
  expect(await drawn("radiography")).toBe(false);
  await expect.poll(() => locked("pyelonephritis")).toBe(true);
  await expect(graph.getByRole("button", { name: "Undo", exact: true })).toBeDisabled();
  await expect(graph.getByRole("button", { name: "Show 1 hidden" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

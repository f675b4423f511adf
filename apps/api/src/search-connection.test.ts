import { afterAll, describe, expect, it } from "vitest";
import { createTestApi } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());

const PAGE = `query($text: String!, $filter: SearchFilter, $first: Int, $after: String) {
  searchConnection(text: $text, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { score node { id kind ...on Condition { category urgency } } } } } }`;

async function page(variables: Record<string, unknown>) {
  const { body } = await api.gql(PAGE, variables);
  expect(body.errors).toBeUndefined();
  return body.data.searchConnection;
}

describe("searchConnection", () => {
  it("pages through the same hits as search, in the same order, without repeats", async () => {
    const all = (await api.gql(`{ search(text: "urine", first: 100) { node { id } } }`)).body.data.search.map(
      (h: { node: { id: string } }) => h.node.id,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const p = await page({ text: "urine", first: 7, after });
      seen.push(...p.edges.map((e: { node: { node: { id: string } } }) => e.node.node.id));
      expect(p.totalCount).toBe(all.length);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(all.length).toBeGreaterThan(7);
    expect(all.length).toBeLessThan(100);
    expect(seen).toEqual(all);
  });

  it("filters conditions by category and urgency, and drugs by safety level at a week", async () => {
    const kidney = await page({ text: "p", filter: { category: "kidney" }, first: 100 });
    expect(kidney.totalCount).toBeGreaterThan(0);
    for (const e of kidney.edges)
      expect(e.node.node).toMatchObject({ kind: "CONDITION", category: "kidney" });
    const urgent = await page({ text: "p", filter: { urgency: "emergency" }, first: 100 });
    for (const e of urgent.edges) expect(e.node.node.urgency).toBe("emergency");
    const avoid = await api.gql(
      `{ searchConnection(text: "f", filter: { kinds: [DRUG], safetyLevels: [AVOID, CONTRAINDICATED], gestationalWeek: 32 }, first: 100) {
        edges { node { node { id ...on Drug { safety(gestationalWeek: 32) { level } } } } } } }`,
    );
    expect(avoid.body.errors).toBeUndefined();
    const levels = avoid.body.data.searchConnection.edges.map(
      (e: { node: { node: { safety: { level: string } } } }) => e.node.node.safety.level,
    );
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) expect(["AVOID", "CONTRAINDICATED"]).toContain(level);
  });

  it("refuses a cursor it did not issue and a week out of range with BAD_USER_INPUT", async () => {
    for (const variables of [
      { text: "pain", after: "bm9wZQ" },
      { text: "pain", filter: { safetyLevels: ["AVOID"], gestationalWeek: 50 } },
    ]) {
      const { body } = await api.gql(PAGE, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

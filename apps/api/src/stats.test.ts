import { NODE_KINDS } from "@bpx/domain";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApi } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());

describe("stats", () => {
  it("counts nodes by kind, relationships by type, sources by kind, red flags and published paths", async () => {
    const { body } = await api.gql(`{ stats {
      nodeCount nodesByKind { key count } edgeCount edgesByType { key count }
      sourcesByKind { key count } redFlagRules publishedTeachingPaths } }`);
    expect(body.errors).toBeUndefined();
    const s = body.data.stats;
    expect(s.nodesByKind.map((c: { key: string }) => c.key)).toEqual([...NODE_KINDS]);
    const total = (counts: { count: number }[]) => counts.reduce((a, c) => a + c.count, 0);
    expect(s.nodeCount).toBe(await api.store.countEntities());
    expect(total(s.nodesByKind)).toBe(s.nodeCount);
    expect(total(s.edgesByType)).toBe(s.edgeCount);
    expect(s.edgesByType.map((c: { key: string }) => c.key)).toContain("PRESENTS_WITH");
    const sources = s.nodesByKind.find((c: { key: string }) => c.key === "SOURCE").count;
    expect(total(s.sourcesByKind)).toBe(sources);
    expect(s.redFlagRules).toBe((await api.store.redFlags()).length);
    expect(s.publishedTeachingPaths).toBeGreaterThan(0);
  });
});

describe("node and edge ids", () => {
  it("are the same after loading the same data into another store", async () => {
    const other = await createTestApi();
    const q = `{ search(text: "a", first: 100) { node { id } }
      neighborhood(ids: ["pyelonephritis", "ibuprofen"], depth: 2) { nodes { id } edges { id } } }`;
    const [a, b] = await Promise.all([api.gql(q), other.gql(q)]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body).toEqual(a.body);
    await other.store.close();
  });
});

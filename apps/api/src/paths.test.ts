import type { GraphEdge } from "@bpx/domain";
import { shortestPaths } from "@bpx/schema";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApi } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());

const PATHS = `query($from: ID!, $to: ID!, $maxLength: Int) { paths(from: $from, to: $to, maxLength: $maxLength) {
  length truncated paths { length nodes { id kind } edges { id type source target evidence { quote } } } } }`;

const edge = (source: string, target: string): GraphEdge => ({
  id: `R:${source}->${target}`,
  type: "R",
  source,
  target,
  props: {},
  evidence: [],
});

describe("shortestPaths (pure)", () => {
  it.each([
    ["direct", [edge("a", "b")], "a", "b", 3, 1, 1],
    ["against the edge direction", [edge("b", "a")], "a", "b", 3, 1, 1],
    ["two of length 2", [edge("a", "x"), edge("x", "b"), edge("a", "y"), edge("b", "y")], "a", "b", 3, 2, 2],
    ["too far", [edge("a", "x"), edge("x", "y"), edge("y", "b")], "a", "b", 2, null, 0],
    ["unconnected", [edge("a", "x")], "a", "b", 4, null, 0],
  ] as const)("%s", (_label, edges, from, to, maxLength, length, count) => {
    const found = shortestPaths(edges, from, to, maxLength, 10);
    expect(found.length).toBe(length);
    expect(found.paths).toHaveLength(count);
  });

  it("stops at first and says so", () => {
    const edges = ["x", "y", "z"].flatMap((m) => [edge("a", m), edge(m, "b")]);
    expect(shortestPaths(edges, "a", "b", 4, 2)).toMatchObject({ length: 2, cut: true });
  });
});

describe("paths", () => {
  it("finds the shortest explanatory paths between a finding and a condition, with evidence", async () => {
    const { body } = await api.gql(PATHS, { from: "dysuria", to: "fever", maxLength: 3 });
    expect(body.errors).toBeUndefined();
    const result = body.data.paths;
    expect(result.length).toBeGreaterThanOrEqual(1);
    expect(result.paths.length).toBeGreaterThan(0);
    for (const path of result.paths) {
      expect(path.nodes[0].id).toBe("dysuria");
      expect(path.nodes.at(-1).id).toBe("fever");
      expect(path.edges).toHaveLength(result.length);
      expect(path.nodes.map((n: { kind: string }) => n.kind)).not.toContain("SOURCE");
      for (const e of path.edges) expect(e.evidence.length).toBeGreaterThan(0);
    }
  });

  it("is stable across calls", async () => {
    const a = await api.gql(PATHS, { from: "fever", to: "ibuprofen", maxLength: 4 });
    const b = await api.gql(PATHS, { from: "fever", to: "ibuprofen", maxLength: 4 });
    expect(a.body).toEqual(b.body);
  });

  it("refuses maxLength over 4, the same node twice and unknown ids with a code", async () => {
    const cases = [
      [{ from: "fever", to: "dysuria", maxLength: 5 }, "BAD_USER_INPUT"],
      [{ from: "fever", to: "fever" }, "BAD_USER_INPUT"],
      [{ from: "fever", to: "no-such-node" }, "NOT_FOUND"],
    ] as const;
    for (const [variables, code] of cases) {
      const { body } = await api.gql(PATHS, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});

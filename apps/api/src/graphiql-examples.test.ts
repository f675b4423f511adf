import { Kind, type OperationDefinitionNode, parse } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLE_QUERY } from "./create-yoga";
import { createTestApi } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());

const operations = parse(EXAMPLE_QUERY)
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((d) => d.name?.value ?? "");

describe("GraphiQL's example operations", () => {
  it("has several", () => expect(operations.length).toBeGreaterThanOrEqual(6));

  it.each(operations)("%s runs without errors, within the limits", async (operationName) => {
    const res = await api.yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: EXAMPLE_QUERY, operationName }),
    });
    const body = (await res.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(res.status).toBe(200);
  });
});

describe("GraphiQL's page", () => {
  it("loads no code from another origin, and forbids it by CSP", async () => {
    const res = await api.yoga.fetch("http://test/graphql", { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    // Every script and stylesheet is inline or from this origin: no CDN (unpkg, jsdelivr, ...).
    const external = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(https?:)?\/\/[^"]*"/g)].map(
      (m) => m[0],
    );
    expect(external).toEqual([]);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

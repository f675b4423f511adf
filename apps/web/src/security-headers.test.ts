import { describe, expect, it } from "vitest";
import config from "../next.config";

/** The headers next.config sends with every page and route, by name. */
async function headersFor(path: string): Promise<Record<string, string>> {
  const rules = (await config.headers?.()) ?? [];
  const matching = rules.filter((r) => new RegExp(`^${r.source.replace("/:path*", "(/.*)?")}$`).test(path));
  return Object.fromEntries(matching.flatMap((r) => r.headers.map((h) => [h.key.toLowerCase(), h.value])));
}

/** A CSP as directive -> sources. */
const directives = (csp: string): Record<string, string[]> =>
  Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );

describe("security headers on every page and route", () => {
  it.each(["/", "/explore", "/paths/abc/edit", "/graphql", "/api/session"])("%s", async (path) => {
    const headers = await headersFor(path);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
    const csp = directives(headers["content-security-policy"] ?? "");
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    // No other origin may serve code: only the app's own scripts (and Next's inline bootstrap).
    expect(csp["script-src"]?.filter((s) => !s.startsWith("'"))).toEqual([]);
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
  });
});

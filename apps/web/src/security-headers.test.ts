import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import config from "../next.config";
import { proxy, config as proxyConfig } from "./proxy";

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

/** What the proxy answers for `path`: the policy the browser gets, and the one Next renders with. */
function proxied(path: string) {
  const response = proxy(new NextRequest(`http://localhost${path}`));
  return {
    sent: response.headers.get("content-security-policy") ?? "",
    // NextResponse.next({ request: { headers } }) hands the changed request headers to Next this way.
    forRendering: response.headers.get("x-middleware-request-content-security-policy") ?? "",
  };
}

const PATHS = ["/", "/explore", "/paths/abc/edit", "/paths/audit", "/graphql", "/api/session"];

describe("security headers on every page and route", () => {
  it.each(PATHS)("%s", async (path) => {
    const headers = await headersFor(path);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
    // One policy only, the proxy's: a second (static) one would be enforced as well.
    expect(headers["content-security-policy"]).toBeUndefined();
    expect(unstable_doesMiddlewareMatch({ config: proxyConfig, nextConfig: config, url: path })).toBe(true);

    const csp = directives(proxied(path).sent);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["worker-src"]).toEqual(["'self'"]);
  });
});

describe("the script policy", () => {
  it("runs only scripts with this request's nonce, or loaded by one: no inline script, no eval", () => {
    const csp = directives(proxied("/").sent);
    const scripts = csp["script-src"] ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts.filter((s) => s.startsWith("'nonce-"))).toHaveLength(1);
    // No other origin may serve code.
    expect(scripts.filter((s) => !s.startsWith("'"))).toEqual([]);
  });

  it("gives every request its own unguessable nonce, the same in the page's policy and the renderer's", () => {
    const nonceOf = (csp: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    const first = proxied("/explore");
    const second = proxied("/explore");
    expect(nonceOf(first.sent)).toBeDefined();
    expect(nonceOf(first.forRendering)).toBe(nonceOf(first.sent));
    expect(nonceOf(second.sent)).not.toBe(nonceOf(first.sent));
    expect(Buffer.from(nonceOf(first.sent) ?? "", "base64")).toHaveLength(16);
  });

  it("keeps static files out of the proxy", () => {
    for (const url of ["/_next/static/chunks/main.js", "/icon.svg"])
      expect(unstable_doesMiddlewareMatch({ config: proxyConfig, nextConfig: config, url })).toBe(false);
  });
});

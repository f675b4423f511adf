import { describe, expect, it } from "vitest";
import {
  isSameOriginRequest,
  isSecureRequest,
  readSessionToken,
  SESSION_COOKIE,
  toClearedSessionCookie,
  toSafeReturnPath,
  toSessionCookie,
  withSignInNotice,
} from "./session";

describe("session cookie", () => {
  it("is http-only, SameSite=Lax, site-wide, and Secure only over https", () => {
    const plain = toSessionCookie("dev-educator-token", { secure: false });
    expect(plain).toBe(`${SESSION_COOKIE}=dev-educator-token; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200`);
    expect(toSessionCookie("t", { secure: true })).toMatch(/; Secure$/);
  });

  it("is cleared with an empty value and no lifetime", () => {
    expect(toClearedSessionCookie({ secure: false })).toBe(
      `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
    );
  });

  it("round-trips tokens with characters a cookie cannot hold", () => {
    const token = "a;b,c=d e";
    const [pair] = toSessionCookie(token, { secure: false }).split("; ");
    expect(readSessionToken(`other=1; ${pair}`)).toBe(token);
  });

  it.each([
    [null, null],
    ["", null],
    ["other=1", null],
    [`${SESSION_COOKIE}=`, null],
    [`x${SESSION_COOKIE}=nope; ${SESSION_COOKIE}=yes`, "yes"],
    [`${SESSION_COOKIE}=%E0%A4%A`, null],
  ])("reads %o as %o", (header, expected) => {
    expect(readSessionToken(header)).toBe(expected);
  });
});

describe("request checks", () => {
  const post = (url: string, headers: Record<string, string>) =>
    new Request(url, { method: "POST", headers });

  it("knows https directly or from the proxy", () => {
    expect(isSecureRequest(post("https://paths.example/api/session", {}))).toBe(true);
    expect(isSecureRequest(post("http://10.0.0.2/api/session", { "x-forwarded-proto": "https" }))).toBe(true);
    expect(isSecureRequest(post("http://127.0.0.1:3100/api/session", {}))).toBe(false);
  });

  it.each([
    [{ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" }, true],
    [{ host: "127.0.0.1:3100" }, true],
    [{ host: "127.0.0.1:3100", origin: "https://evil.example" }, false],
    [{ host: "127.0.0.1:3100", origin: "null" }, false],
    [{ host: "127.0.0.1:3100", "sec-fetch-site": "cross-site" }, false],
  ])("same origin %o -> %s", (headers, expected) => {
    expect(isSameOriginRequest(post("http://127.0.0.1:3100/api/session", headers))).toBe(expected);
  });
});

describe("toSafeReturnPath", () => {
  it.each([
    ["/paths/abc/edit", "/paths/abc/edit"],
    ["/paths?search=kidney", "/paths?search=kidney"],
    ["https://evil.example/", "/paths"],
    ["//evil.example/", "/paths"],
    ["/\\evil.example", "/paths"],
    ["paths", "/paths"],
    [null, "/paths"],
    [42, "/paths"],
  ])("%o -> %o", (value, expected) => {
    expect(toSafeReturnPath(value)).toBe(expected);
  });

  it("adds a notice for the page to show", () => {
    expect(withSignInNotice("/paths/new", "invalid")).toBe("/paths/new?signin=invalid");
    expect(withSignInNotice("/paths?signin=invalid&q=1", "signed-out")).toBe("/paths?signin=signed-out&q=1");
  });
});

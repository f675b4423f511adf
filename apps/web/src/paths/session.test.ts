import { describe, expect, it } from "vitest";
import {
  isSameOriginRequest,
  isSecureRequest,
  openSession,
  readSessionToken,
  SESSION_COOKIE,
  SESSION_MAX_AGE_S,
  sealSession,
  sessionKey,
  toClearedSessionCookie,
  toSafeReturnPath,
  toSessionCookie,
  withSignInNotice,
} from "./session";

const KEY = sessionKey("a-test-secret-of-at-least-32-characters");
const OTHER_KEY = sessionKey("another-secret-of-at-least-32-characters");

/** The name=value pair of a Set-Cookie value, ready for a Cookie header. */
const pairOf = (setCookie: string) => setCookie.split("; ")[0] as string;

describe("session cookie", () => {
  it("is http-only, SameSite=Strict, site-wide, and Secure only over https", () => {
    const plain = toSessionCookie("dev-educator-token", KEY, { secure: false });
    expect(plain).toMatch(
      new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]+; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200$`),
    );
    expect(toSessionCookie("t", KEY, { secure: true })).toMatch(/; Secure$/);
  });

  it("never holds the raw token, and differs each time", () => {
    const token = "dev-educator-token";
    const first = toSessionCookie(token, KEY, { secure: false });
    expect(first).not.toContain(token);
    expect(first).not.toContain(Buffer.from(token).toString("base64url"));
    expect(pairOf(first)).not.toBe(pairOf(toSessionCookie(token, KEY, { secure: false })));
  });

  it("is cleared with an empty value and no lifetime", () => {
    expect(toClearedSessionCookie({ secure: false })).toBe(
      `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`,
    );
  });

  it("round-trips tokens with characters a cookie cannot hold", () => {
    const token = "a;b,c=d e";
    expect(readSessionToken(`other=1; ${pairOf(toSessionCookie(token, KEY, { secure: false }))}`, KEY)).toBe(
      token,
    );
  });

  it("refuses a raw token, an altered seal, another key's seal and an expired one", () => {
    const sealed = sealSession("educator-token-0123456789", KEY, 1_000);
    expect(openSession(sealed, KEY, 2_000)).toBe("educator-token-0123456789");
    expect(readSessionToken(`${SESSION_COOKIE}=educator-token-0123456789`, KEY)).toBeNull();
    const altered = `${sealed.slice(0, 20)}${sealed[20] === "A" ? "B" : "A"}${sealed.slice(21)}`;
    expect(openSession(altered, KEY, 2_000)).toBeNull();
    expect(openSession(sealed, OTHER_KEY, 2_000)).toBeNull();
    expect(openSession(sealed, KEY, 1_000 + SESSION_MAX_AGE_S * 1000)).toBeNull();
  });

  it.each([
    [null, null],
    ["", null],
    ["other=1", null],
    [`${SESSION_COOKIE}=`, null],
    [`${SESSION_COOKIE}=%E0%A4%A`, null],
  ])("reads %o as %o", (header, expected) => {
    expect(readSessionToken(header, KEY)).toBe(expected);
  });

  it("reads only the cookie with its exact name", () => {
    const pair = pairOf(toSessionCookie("yes", KEY, { secure: false }));
    expect(readSessionToken(`x${pair.replace("=", "=nope; x")}; ${pair}`, KEY)).toBe("yes");
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
    [{ host: "127.0.0.1:3100", "sec-fetch-site": "same-site" }, false],
    [{ host: "127.0.0.1:3100", "sec-fetch-site": "same-origin" }, true],
    [{ host: "127.0.0.1:3100", origin: "https://teach.example" }, true],
    [{ host: "127.0.0.1:3100", origin: "https://teach.example.evil.example" }, false],
    [{ host: "10.0.0.2:3000", "x-forwarded-host": "paths.example", origin: "https://paths.example" }, true],
  ])("same origin %o -> %s", (headers, expected) => {
    expect(
      isSameOriginRequest(post("http://127.0.0.1:3100/api/session", headers), ["https://teach.example"]),
    ).toBe(expected);
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

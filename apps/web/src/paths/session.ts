/**
 * The sign-in session: the API token lives in an http-only cookie that only the server reads
 * (the /graphql proxy turns it into a bearer header), so page scripts never see it. The cookie
 * holds the token sealed (AES-256-GCM under the web app's SESSION_SECRET) with its expiry, never
 * the raw token: a copied cookie is useless after the session ends, and a cookie jar, a log or a
 * proxy that sees it never learns the long-lived API token.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "bpx_session";

/** A teaching day; after that the educator signs in again. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** The key cookies are sealed with, derived from SESSION_SECRET. */
export type SessionKey = Buffer;

/** The sealing key for a secret (any length; SESSION_SECRET asks for at least 32 characters). */
export function sessionKey(secret: string): SessionKey {
  return createHash("sha256").update(`bpx-session\0${secret}`).digest();
}

export interface CookieOptions {
  /** Set when the page was served over https, so the cookie never travels in clear text. */
  secure: boolean;
}

// Strict: a link or form from another site never carries the session, so it cannot act as the
// educator (Lax would still send it on a top-level GET from another site).
function serialize(value: string, maxAge: number, { secure }: CookieOptions): string {
  const parts = [`${SESSION_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Strict", `Max-Age=${maxAge}`];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The token and its expiry, encrypted and authenticated: base64url(iv | ciphertext | tag). */
export function sealSession(token: string, key: SessionKey, now = Date.now()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const payload = JSON.stringify({ t: token, e: now + SESSION_MAX_AGE_S * 1000 });
  const sealed = Buffer.concat([iv, cipher.update(payload, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return sealed.toString("base64url");
}

/** The token in a sealed value, or null when it was forged, altered, sealed with another key or expired. */
export function openSession(value: string, key: SessionKey, now = Date.now()): string | null {
  try {
    const sealed = Buffer.from(value, "base64url");
    if (sealed.length <= IV_BYTES + TAG_BYTES) return null;
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
    const { t, e } = JSON.parse(text) as { t?: unknown; e?: unknown };
    if (typeof t !== "string" || t === "" || typeof e !== "number" || e <= now) return null;
    return t;
  } catch {
    return null;
  }
}

/** The Set-Cookie value that starts a session. */
export function toSessionCookie(
  token: string,
  key: SessionKey,
  options: CookieOptions,
  now = Date.now(),
): string {
  return serialize(sealSession(token, key, now), SESSION_MAX_AGE_S, options);
}

/** The Set-Cookie value that ends it. */
export function toClearedSessionCookie(options: CookieOptions): string {
  return serialize("", 0, options);
}

/** The token sealed in a Cookie request header's session, or null. */
export function readSessionToken(
  cookieHeader: string | null | undefined,
  key: SessionKey,
  now = Date.now(),
): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return value === "" ? null : openSession(value, key, now);
  }
  return null;
}

/** True behind https, directly or through a proxy that says so. */
export function isSecureRequest(request: Request): boolean {
  if (new URL(request.url).protocol === "https:") return true;
  return request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/**
 * Refuses requests from other sites (CSRF, login CSRF): browsers send Origin with every POST
 * and every cross-origin fetch, and Sec-Fetch-Site says outright when a request comes from
 * elsewhere. An Origin must be this site's own or one of `allowedOrigins` (WEB_ALLOWED_ORIGINS);
 * without one, a request a browser marks as cross-site or same-site (a sibling subdomain) is
 * refused, and one from a non-browser client (no such headers) passes.
 */
export function isSameOriginRequest(request: Request, allowedOrigins: readonly string[] = []): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) {
    const site = request.headers.get("sec-fetch-site");
    return site !== "cross-site" && site !== "same-site";
  }
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, file:) and anything unparsable
  }
  if (allowedOrigins.includes(origin)) return true;
  // The host, not the scheme: behind a TLS proxy that sends no X-Forwarded-Proto the request URL
  // says http while the page's origin says https.
  return (
    host ===
    (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host)
  );
}

/** Where to go after signing in or out: a path on this site only, never another origin. */
export function toSafeReturnPath(value: unknown, fallback = "/paths"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return fallback;
  // Browsers drop tabs and newlines inside URLs, and read "\\" as "/": "/\\evil.example" is another host.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (value.includes("\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}

export type SignInNotice = "invalid" | "unavailable" | "signed-out";

/** The return path with a `signin` notice for the page to explain what happened. */
export function withSignInNotice(path: string, notice: SignInNotice): string {
  const url = new URL(path, "http://placeholder");
  url.searchParams.set("signin", notice);
  return `${url.pathname}${url.search}`;
}

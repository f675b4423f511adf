/**
 * The sign-in session: the API token lives in an http-only cookie that only the server reads
 * (the /graphql proxy turns it into a bearer header), so page scripts never see it.
 */

export const SESSION_COOKIE = "bpx_session";

/** A teaching day; after that the educator signs in again. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export interface CookieOptions {
  /** Set when the page was served over https, so the cookie never travels in clear text. */
  secure: boolean;
}

function serialize(value: string, maxAge: number, { secure }: CookieOptions): string {
  const parts = [`${SESSION_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** The Set-Cookie value that starts a session. */
export function toSessionCookie(token: string, options: CookieOptions): string {
  return serialize(encodeURIComponent(token), SESSION_MAX_AGE_S, options);
}

/** The Set-Cookie value that ends it. */
export function toClearedSessionCookie(options: CookieOptions): string {
  return serialize("", 0, options);
}

/** The token in a Cookie request header, or null. */
export function readSessionToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    try {
      const token = decodeURIComponent(part.slice(eq + 1).trim());
      return token === "" ? null : token;
    } catch {
      return null;
    }
  }
  return null;
}

/** True behind https, directly or through a proxy that says so. */
export function isSecureRequest(request: Request): boolean {
  if (new URL(request.url).protocol === "https:") return true;
  return request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/**
 * Refuses forms posted from other sites (login CSRF): browsers send Origin with a POST, and
 * Sec-Fetch-Site says outright when the request is cross-site.
 */
export function isSameOriginRequest(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
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

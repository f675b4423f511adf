import { type NextRequest, NextResponse } from "next/server";
import { BROWSER_ID_COOKIE, isBrowserId, newBrowserId } from "./api/browser-id";

/**
 * The Content-Security-Policy, with a fresh nonce per request. Scripts run only when they carry
 * the nonce (Next puts it on its bootstrap, its inline flight data and its bundles, reading it from
 * this request's CSP header) or when a nonced script loaded them ('strict-dynamic': the chunks
 * Next loads later); an injected inline script or `<script src>` has no nonce and is blocked.
 * Styles keep 'unsafe-inline': React renders `style` attributes and Cytoscape sets element
 * styles, which a nonce cannot cover (and a nonce in style-src would disable 'unsafe-inline').
 * The dev server also needs 'unsafe-eval'.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The graph layout runs in a worker started from the app's own bundle; without this, workers
    // would fall back to script-src, where 'strict-dynamic' disregards 'self'.
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and new for every page. */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Next 16's request proxy (formerly middleware): gives each request its nonce, and a browser
 * without one its id for the API's fair shares. The policy goes on
 * the request, where Next's renderer finds the nonce, and on the response, where the browser
 * enforces it. Nonces need pages rendered per request: the root layout asks for that.
 */
export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // The browser's id for the API's fair shares (src/api/browser-id.ts), given on its first page.
  if (!isBrowserId(request.cookies.get(BROWSER_ID_COOKIE)?.value)) {
    response.cookies.set(BROWSER_ID_COOKIE, newBrowserId(), {
      httpOnly: true,
      sameSite: "strict",
      secure: request.nextUrl.protocol === "https:",
      path: "/",
    });
  }
  return response;
}

export const config = {
  // Static files carry no markup to protect and are the same for everyone: no proxy run for them.
  matcher: ["/((?!_next/static|_next/image|icon.svg).*)"],
};

/**
 * Each browser gets a random id in an http-only cookie (set by src/proxy.ts on its first page);
 * the `/graphql` route passes it to the API as `x-bpx-client`. The API believes it only from a
 * trusted proxy (TRUSTED_PROXY) and uses it to give every visitor their own fair share of its
 * slots: without it, every anonymous visitor reaches the API from the web server's one address
 * and all of them would share one client's two slots. It identifies a browser, not a person, and
 * is no credential: anyone can clear it, which buys no more than a fresh visitor gets.
 */
import { BROWSER_ID_HEADER, isBrowserId } from "@bpx/domain/browser-id";

export { BROWSER_ID_HEADER, isBrowserId };
export const BROWSER_ID_COOKIE = "bpx-client";

/** 128 random bits, URL-safe base64 (22 characters). */
export function newBrowserId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The browser id in a Cookie header, or null when there is none in our format. */
export function readBrowserId(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === BROWSER_ID_COOKIE) {
      const value = rest.join("=");
      return isBrowserId(value) ? value : null;
    }
  }
  return null;
}

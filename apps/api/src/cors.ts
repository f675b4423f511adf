import type { Plugin } from "graphql-yoga";

const ALLOW_METHODS = "GET, POST";
const ALLOW_HEADERS = "content-type, authorization, accept";
/** Seconds a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * The CORS headers for a request from `origin`: none unless the origin is on the allow-list
 * (CORS_ORIGINS), and never `Access-Control-Allow-Credentials`, since the API authenticates with
 * bearer tokens, not cookies. `preflight` adds what an OPTIONS answer needs.
 */
export function corsHeaders(
  allowed: readonly string[],
  origin: string | null | undefined,
  preflight = false,
): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return {};
  return {
    "access-control-allow-origin": origin,
    ...(preflight
      ? {
          "access-control-allow-methods": ALLOW_METHODS,
          "access-control-allow-headers": ALLOW_HEADERS,
          "access-control-max-age": String(PREFLIGHT_MAX_AGE_S),
        }
      : {}),
  };
}

/** True for a header the CORS policy sets per request, which a cached answer must not keep. */
export const isCorsHeader = (name: string) => name.toLowerCase().startsWith("access-control-");

/**
 * Yoga's CORS replaced by an allow-list (yoga's own echoes any Origin with credentials). Every
 * answer says it varies by Origin, so no shared cache hands one origin's headers to another.
 */
export function useCorsAllowList(allowed: readonly string[]): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      // A preflight: the headers come in onResponse (none for an unlisted origin, so the browser stops).
      if (request.method === "OPTIONS")
        endResponse(new fetchAPI.Response(null, { status: 204, headers: { "content-length": "0" } }));
    },
    onResponse({ request, response }) {
      const preflight = request.method === "OPTIONS";
      for (const [name, value] of Object.entries(
        corsHeaders(allowed, request.headers.get("origin"), preflight),
      ))
        response.headers.set(name, value);
      if (allowed.length > 0) response.headers.append("vary", "Origin");
    },
  };
}

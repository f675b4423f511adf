import { isSameOriginRequest, readSessionToken, type SessionKey } from "../paths/session";
import { BROWSER_ID_HEADER, readBrowserId } from "./browser-id";

/** Headers the browser may pass through to the API; cookies and the rest stay behind. */
const FORWARDED_HEADERS = ["content-type", "authorization", "accept"] as const;

/** The API's own default body limit (GRAPHQL_MAX_BODY_BYTES). */
export const DEFAULT_MAX_BODY_BYTES = 100_000;

/** How long to wait for the API before telling the browser it is unreachable. */
const UPSTREAM_TIMEOUT_MS = 15_000;

export const UNREACHABLE_BODY = {
  errors: [{ message: "The graph API is unreachable", extensions: { code: "STORE_UNAVAILABLE" } }],
} as const;

export interface ForwardOptions {
  /** Base URL of the API, without a trailing slash. */
  apiUrl: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  /** Opens the session cookie; without it the cookie is ignored. */
  sessionKey?: SessionKey;
  /** Origins besides the app's own whose pages may call (WEB_ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** Largest request body forwarded (GRAPHQL_MAX_BODY_BYTES); a larger one gets 413. */
  maxBodyBytes?: number;
}

/**
 * The request body, read chunk by chunk, or null as soon as it passes `max` bytes (the rest is
 * never read: the stream is cancelled), so a huge upload costs at most `max` bytes of memory.
 */
async function readBodyWithin(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A refusal in the GraphQL response shape, so the page reads it like any other error. */
function refuse(status: number, code: string, message: string): Response {
  return Response.json(
    { errors: [{ message, extensions: { code } }] },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * Forwards a GraphQL request from the browser to the API and streams the answer back, so the
 * browser only ever talks to its own origin and the API address stays a server-side setting.
 */
export async function forwardGraphQL(
  request: Request,
  {
    apiUrl,
    fetchImpl = fetch,
    timeoutMs = UPSTREAM_TIMEOUT_MS,
    sessionKey,
    allowedOrigins = [],
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  }: ForwardOptions,
): Promise<Response> {
  // The session cookie rides along with whatever the browser sends here: another site's page must
  // not be able to use it (SameSite=Strict is the first guard, this the second).
  if (!isSameOriginRequest(request, allowedOrigins))
    return refuse(
      403,
      "FORBIDDEN",
      "Cross-site request refused: this endpoint serves its own site's pages only.",
    );
  const target = `${apiUrl}/graphql${new URL(request.url).search}`;
  const headers = new Headers();
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // A signed-in educator's token lives in an http-only cookie; the API gets it as a bearer header.
  const sessionToken = sessionKey ? readSessionToken(request.headers.get("cookie"), sessionKey) : null;
  if (sessionToken !== null) headers.set("authorization", `Bearer ${sessionToken}`);
  // Which browser this is, so each visitor gets their own fair share at the API (browser-id.ts).
  const browser = readBrowserId(request.headers.get("cookie"));
  if (browser !== null) headers.set(BROWSER_ID_HEADER, browser);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const tooLarge = () =>
    refuse(
      413,
      "PAYLOAD_TOO_LARGE",
      `The request body is over ${maxBodyBytes} bytes; the limit is ${maxBodyBytes}.`,
    );
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (hasBody) {
    if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) return tooLarge();
    const read = await readBodyWithin(request, maxBodyBytes);
    if (read === null) return tooLarge();
    body = read;
  }

  let upstream: Response;
  try {
    upstream = await fetchImpl(target, {
      method: request.method,
      headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
    });
  } catch {
    return Response.json(UNREACHABLE_BODY, { status: 502 });
  }

  const responseHeaders = new Headers({ "cache-control": "no-store" });
  const contentType = upstream.headers.get("content-type");
  if (contentType !== null) responseHeaders.set("content-type", contentType);
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

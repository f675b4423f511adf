import { env } from "../../../env";
import {
  isSameOriginRequest,
  isSecureRequest,
  type SignInNotice,
  toClearedSessionCookie,
  toSafeReturnPath,
  toSessionCookie,
  withSignInNotice,
} from "../../../paths/session";
import { SESSION_KEY } from "../../../paths/session-key";
import { fetchViewer } from "../../../paths/viewer-check";

// Reads the API address and sets cookies per request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** A 303 sends the browser back with a GET, so a reload never re-posts the token. */
function backTo(location: string, cookie?: string): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  if (cookie) headers.set("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * Signs in or out from a plain form. Sign-in checks the token with the API's viewer query before
 * keeping it, sealed in an http-only cookie the page's scripts cannot read.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request, env.allowedOrigins))
    return new Response("Cross-site sign-in refused.", { status: 403 });
  const form = await request.formData().catch(() => null);
  if (form === null) return new Response("Expected a form.", { status: 400 });
  const next = toSafeReturnPath(form.get("next"));
  const cookieOptions = { secure: isSecureRequest(request) };

  if (form.get("intent") === "sign-out") {
    return backTo(withSignInNotice(next, "signed-out"), toClearedSessionCookie(cookieOptions));
  }

  const token = String(form.get("token") ?? "").trim();
  let notice: SignInNotice | null = null;
  try {
    const viewer = await fetchViewer(token, { apiUrl: env.apiUrl });
    if (viewer === null) notice = "invalid";
  } catch {
    notice = "unavailable";
  }
  if (notice !== null) return backTo(withSignInNotice(next, notice), toClearedSessionCookie(cookieOptions));
  return backTo(next, toSessionCookie(token, SESSION_KEY, cookieOptions));
}

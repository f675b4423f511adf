import { env } from "../../env";
import { SESSION_KEY } from "../../lib/paths/session-key";
import { forwardGraphQL } from "../../lib/proxy";

// The API address is a runtime setting, so this route must never be prerendered.
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return forwardGraphQL(request, {
    apiUrl: env.apiUrl,
    sessionKey: SESSION_KEY,
    allowedOrigins: env.allowedOrigins,
  });
}

export function GET(request: Request): Promise<Response> {
  return forwardGraphQL(request, {
    apiUrl: env.apiUrl,
    sessionKey: SESSION_KEY,
    allowedOrigins: env.allowedOrigins,
  });
}

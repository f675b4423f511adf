import { type ForwardOptions, forwardGraphQL } from "../../api/proxy";
import { env } from "../../env";
import { SESSION_KEY } from "../../paths/session-key";

// The API address is a runtime setting, so this route must never be prerendered.
export const dynamic = "force-dynamic";

const OPTIONS: ForwardOptions = {
  apiUrl: env.apiUrl,
  sessionKey: SESSION_KEY,
  allowedOrigins: env.allowedOrigins,
  maxBodyBytes: env.maxBodyBytes,
};

export function POST(request: Request): Promise<Response> {
  return forwardGraphQL(request, OPTIONS);
}

export function GET(request: Request): Promise<Response> {
  return forwardGraphQL(request, OPTIONS);
}

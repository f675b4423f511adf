import { randomBytes } from "node:crypto";
import { parseOriginList } from "@bpx/domain";
import { z } from "zod";

/** Server-side settings, read and validated once; nothing else reads process.env. */
const schema = z.object({
  API_URL: z.url().default("http://localhost:4000"),
  /**
   * Seals the session cookie. Set it (the same value on every replica) in production; when unset
   * a random one is made at start, so sessions end when the process restarts.
   */
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  /** Largest request body the /graphql route forwards; the API's own variable and default. */
  GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(100_000),
  /** Other origins whose pages may call /graphql and /api/session, comma separated. */
  WEB_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const { origins, invalid } = parseOriginList(value);
      for (const entry of invalid)
        ctx.addIssue({ code: "custom", message: `not an origin (scheme://host[:port]): ${entry}` });
      return origins;
    }),
});

/**
 * One random secret for the whole process. Next bundles route handlers and pages separately, so
 * this module can be evaluated more than once: a module-level value would differ between them.
 */
function processSecret(): string {
  const holder = globalThis as { __bpxSessionSecret?: string };
  holder.__bpxSessionSecret ??= randomBytes(32).toString("base64url");
  return holder.__bpxSessionSecret;
}

const parsed = schema.parse({
  API_URL: process.env.API_URL || undefined,
  SESSION_SECRET: process.env.SESSION_SECRET || undefined,
  WEB_ALLOWED_ORIGINS: process.env.WEB_ALLOWED_ORIGINS || undefined,
  GRAPHQL_MAX_BODY_BYTES: process.env.GRAPHQL_MAX_BODY_BYTES || undefined,
});

export const env = {
  /** Base URL of the GraphQL API, without a trailing slash. */
  apiUrl: parsed.API_URL.replace(/\/+$/, ""),
  sessionSecret: parsed.SESSION_SECRET ?? processSecret(),
  allowedOrigins: parsed.WEB_ALLOWED_ORIGINS,
  maxBodyBytes: parsed.GRAPHQL_MAX_BODY_BYTES,
};

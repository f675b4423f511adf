import { type StoreConfig, storeConfigFromEnv } from "@bpx/graph-store";
import { z } from "zod";
import { type ApiToken, parseApiTokens } from "./tokens";

const schema = z.object({
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().min(1).default("127.0.0.1"),
  GRAPH_DIR: z.string().optional(),
  /** Load the curated graph into the embedded store at start when it is empty or out of date. */
  GRAPH_AUTOLOAD: z.enum(["true", "false"]).default("true"),
  NODE_ENV: z.string().default("production"),
  /** Seconds an anonymous read query's answer is served from memory; 0 turns the cache off. */
  RESPONSE_CACHE_TTL: z.coerce.number().int().min(0).max(86_400).default(60),
  /** `role:token` pairs, comma separated; none by default, so nothing can be written. */
  API_TOKENS: z.string().optional(),
});

export interface ApiEnv {
  port: number;
  host: string;
  graphDir: string | undefined;
  autoload: boolean;
  responseCacheTtlMs: number;
  store: StoreConfig;
  tokens: ApiToken[];
}

/** The one place the API reads process.env: validated, with defaults, or a clear error. */
export function readEnv(env: Record<string, string | undefined> = process.env): ApiEnv {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new Error(
      `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  const e = parsed.data;
  return {
    port: e.API_PORT,
    host: e.API_HOST,
    graphDir: e.GRAPH_DIR,
    autoload: e.GRAPH_AUTOLOAD === "true",
    responseCacheTtlMs: e.RESPONSE_CACHE_TTL * 1000,
    store: storeConfigFromEnv(env),
    tokens: parseApiTokens(e.API_TOKENS),
  };
}

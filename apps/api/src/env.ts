import { isIP } from "node:net";
import { parseOriginList } from "@bpx/domain";
import { type StoreConfig, storeConfigFromEnv } from "@bpx/graph-store";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "@bpx/schema";
import { z } from "zod";
import { DEFAULT_FAIRNESS, type FairnessOptions, parseTrustedProxies } from "./fairness";
import { DEFAULT_RESPONSE_CACHE_MAX_BYTES } from "./response-cache";
import { DEFAULT_MIN_FREE_BYTES } from "./storage";
import { type ApiToken, parseApiTokens } from "./tokens";

/** A whole number from min to max, read from its decimal text; fallback when the variable is unset. */
const wholeNumber = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z.object({
  API_PORT: wholeNumber(0, 65535, 4000),
  API_HOST: z.string().min(1).default("127.0.0.1"),
  GRAPH_DIR: z.string().optional(),
  /** Load the curated graph into the embedded store at start when it is empty or out of date. */
  GRAPH_AUTOLOAD: z.enum(["true", "false"]).default("true"),
  NODE_ENV: z.string().default("production"),
  /** Seconds an anonymous read query's answer is served from memory; 0 turns the cache off. */
  RESPONSE_CACHE_TTL: wholeNumber(0, 86_400, 60),
  /** Bytes the answer cache may hold (keys, bodies, headers); 64 MiB by default. */
  RESPONSE_CACHE_MAX_BYTES: wholeNumber(1_048_576, 8 * 1024 ** 3, DEFAULT_RESPONSE_CACHE_MAX_BYTES),
  /** Free bytes below which the embedded store's disk counts as full (/ready 503, writes refused). */
  STORE_MIN_FREE_BYTES: wholeNumber(0, 1024 ** 4, DEFAULT_MIN_FREE_BYTES),
  /** `role:token` pairs, comma separated; none by default, so nothing can be written. */
  API_TOKENS: z.string().optional(),
  /** Introspection (`__schema`, `__type`) on or off; on by default, this is a public teaching API. */
  GRAPHQL_INTROSPECTION: z.enum(["true", "false"]).default("true"),
  GRAPHQL_MAX_DEPTH: wholeNumber(1, 100, DEFAULT_QUERY_LIMITS.maxDepth),
  GRAPHQL_MAX_ALIASES: wholeNumber(0, 1000, DEFAULT_QUERY_LIMITS.maxAliases),
  GRAPHQL_MAX_ROOT_FIELDS: wholeNumber(1, 100, DEFAULT_QUERY_LIMITS.maxRootFields),
  GRAPHQL_MAX_COST: wholeNumber(1, 10_000_000, DEFAULT_QUERY_LIMITS.maxCost),
  GRAPHQL_MAX_TOKENS: wholeNumber(100, 1_000_000, DEFAULT_QUERY_LIMITS.maxTokens),
  /** Milliseconds an operation may run before the answer is TIMEOUT. */
  GRAPHQL_TIMEOUT_MS: wholeNumber(100, 600_000, DEFAULT_QUERY_LIMITS.timeoutMs),
  /** Milliseconds validating a document may take before the answer is LIMIT_EXCEEDED. */
  GRAPHQL_VALIDATION_TIMEOUT_MS: wholeNumber(10, 60_000, DEFAULT_QUERY_LIMITS.validationTimeoutMs),
  /**
   * Origins (`scheme://host[:port]`, comma separated) whose pages may call the API from a browser;
   * none by default. The web app needs none: it calls the API from its server.
   */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const { origins, invalid } = parseOriginList(value);
      for (const entry of invalid)
        ctx.addIssue({ code: "custom", message: `not an origin (scheme://host[:port]): ${entry}` });
      return origins;
    }),
  /** Largest request body accepted, in bytes; larger ones get 413 PAYLOAD_TOO_LARGE. */
  GRAPHQL_MAX_BODY_BYTES: wholeNumber(1024, 50_000_000, 100_000),
  /** GraphQL requests one client may have in progress at once; 0 turns fair scheduling off. */
  CLIENT_MAX_CONCURRENT: wholeNumber(0, 10_000, DEFAULT_FAIRNESS.maxConcurrentPerClient),
  /** Further requests of one client that may wait for a slot before 429 RATE_LIMITED. */
  CLIENT_MAX_QUEUED: wholeNumber(0, 10_000, DEFAULT_FAIRNESS.maxQueuedPerClient),
  /** Milliseconds a request may wait for its client's slot before 429 RATE_LIMITED. */
  CLIENT_MAX_WAIT_MS: wholeNumber(0, 60_000, DEFAULT_FAIRNESS.maxWaitMs),
  /** Milliseconds a client over its share holds back its next request while others work; 0: never. */
  CLIENT_YIELD_MS: wholeNumber(0, 10_000, DEFAULT_FAIRNESS.yieldMs),
  /**
   * Addresses (comma separated) of proxies in front of the API whose X-Forwarded-For names the
   * client; none by default, so the header is ignored and the connection's address counts.
   */
  TRUSTED_PROXY: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const proxies = parseTrustedProxies(value);
      for (const entry of proxies)
        if (isIP(entry) === 0) ctx.addIssue({ code: "custom", message: `not an IP address: ${entry}` });
      return proxies;
    }),
});

export interface ApiEnv {
  port: number;
  host: string;
  graphDir: string | undefined;
  autoload: boolean;
  responseCacheTtlMs: number;
  responseCacheMaxBytes: number;
  store: StoreConfig;
  tokens: ApiToken[];
  limits: QueryLimits;
  maxBodyBytes: number;
  corsOrigins: string[];
  minFreeBytes: number;
  fairness: FairnessOptions;
  trustedProxies: string[];
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
    responseCacheMaxBytes: e.RESPONSE_CACHE_MAX_BYTES,
    store: storeConfigFromEnv(env),
    tokens: parseApiTokens(e.API_TOKENS),
    limits: {
      ...DEFAULT_QUERY_LIMITS,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxRootFields: e.GRAPHQL_MAX_ROOT_FIELDS,
      maxCost: e.GRAPHQL_MAX_COST,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      timeoutMs: e.GRAPHQL_TIMEOUT_MS,
      validationTimeoutMs: e.GRAPHQL_VALIDATION_TIMEOUT_MS,
      introspection: e.GRAPHQL_INTROSPECTION === "true",
    },
    maxBodyBytes: e.GRAPHQL_MAX_BODY_BYTES,
    corsOrigins: e.CORS_ORIGINS,
    minFreeBytes: e.STORE_MIN_FREE_BYTES,
    fairness: {
      maxConcurrentPerClient: e.CLIENT_MAX_CONCURRENT,
      maxQueuedPerClient: e.CLIENT_MAX_QUEUED,
      maxWaitMs: e.CLIENT_MAX_WAIT_MS,
      yieldMs: e.CLIENT_YIELD_MS,
    },
    trustedProxies: e.TRUSTED_PROXY,
  };
}

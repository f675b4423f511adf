import type { GraphStore } from "@bpx/graph-store";
import {
  createContext,
  createSchema,
  DEFAULT_QUERY_LIMITS,
  maskError,
  type QueryLimits,
  useQueryLimits,
} from "@bpx/schema";
import {
  createYoga,
  type GraphiQLOptions,
  type Plugin,
  useExecutionCancellation,
  type YogaLogger,
} from "graphql-yoga";
import { createAuthenticator } from "./auth";
import { useCompiledDifferential } from "./compiled-execution";
import { useCorsAllowList } from "./cors";
import { useHealth, useReadiness } from "./health";
import { createApiLogger } from "./logger";
import { type ResponseCache, useResponseCache } from "./response-cache";
import { type StorageCheck, useStorageGuard } from "./storage";
import type { ApiToken } from "./tokens";

/** GraphiQL's default document: one named operation per thing a client usually does. */
export const EXAMPLE_QUERY = /* GraphQL */ `# Welcome to the pregnancy back-pain knowledge graph.
# Decision support and teaching material, not a diagnosis.
# Pick an operation with the run button's menu. Docs: docs/api.md.

query Explore {
  search(text: "fever", kinds: [FINDING]) {
    score
    node { id name aliases }
  }
  neighborhood(ids: ["pyelonephritis"], depth: 1) {
    nodes { id kind name }
    edges {
      type source target frequency
      evidence { quote source { title sourceKind } }
    }
  }
}

query Node {
  node(id: "pyelonephritis") {
    id kind name aliases
    ... on Condition { category urgency prevalence summary evidence { quote source { title } } }
  }
}

query SearchPage {
  searchConnection(text: "pain", filter: { kinds: [CONDITION], urgency: "urgent" }, first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { score node { id name } } }
  }
}

query InterpretCase {
  interpretCase(text: "G2P1 at 24+3 with acute right flank pain and dysuria, no fever or rigors") {
    present { id name }
    absent { id name }
    gestationalWeek gestationalDays
    mentions { finding { id } present qualifiers laterality span { start end text } negation { text } }
    unrecognizedWords { span { text } suggestions findings { id name } }
    warnings
  }
}

query Differential {
  differential(input: { present: ["fever", "dysuria", "unilateral-pain"], gestationalWeek: 24 }) {
    candidates { rank probability condition { id name } supporting { finding { name } weight } }
    redFlags { message urgency }
    dontMiss { condition { name } urgency probability reasons { kind message } ruleOut { text } }
    nextFindings { finding { id name } expectedInformationGain }
    suggestedDiagnostics { diagnostic { name } safety { level } warning }
  }
}

query DrugSafety {
  node(id: "ibuprofen") {
    name
    ... on Drug {
      safety(gestationalWeek: 32) {
        level conflict headlineRank
        statements { level rank weekFrom weekTo textKind quote source { title } viaClass { name } }
        dissent { level rank source { title } }
      }
    }
  }
}

query Paths {
  paths(from: "dysuria", to: "fever", maxLength: 3) {
    length truncated
    paths { nodes { id kind name } edges { type source target evidence { quote } } }
  }
}

query Stats {
  stats {
    nodeCount edgeCount redFlagRules publishedTeachingPaths
    nodesByKind { key count }
    edgesByType { key count }
    sourcesByKind { key count }
  }
}

query TeachingPaths {
  teachingPaths(first: 5) {
    totalCount
    edges { node { id title stepCount status } }
  }
}
`;

export const UNSUPPORTED_MEDIA_TYPE_MESSAGE =
  "Unsupported content type: send application/json (or GET with a query string).";

/**
 * Refuses every POST that is not `application/json` with 415. Yoga also takes url-encoded forms,
 * multipart bodies and `application/graphql` text, which an HTML form or a "simple" cross-site
 * fetch can send without a CORS preflight: accepting them would let another site write.
 */
export function useJsonPostsOnly(): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== "POST") return;
      const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
      if (type === "application/json") return;
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              { message: UNSUPPORTED_MEDIA_TYPE_MESSAGE, extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } },
            ],
          },
          { status: 415, headers: { "cache-control": "no-store" } },
        ),
      );
    },
  };
}

/**
 * GraphiQL's page, its module loaded at the first request for the page: it holds the whole
 * GraphiQL bundle as strings, about 70 MB of resident memory (32 MB of heap) that an API serving
 * only POSTs never needs.
 */
let graphiqlModule: Promise<typeof import("@graphql-yoga/render-graphiql")> | undefined;
const renderGraphiQL = async (options: GraphiQLOptions): Promise<string> => {
  graphiqlModule ??= import("@graphql-yoga/render-graphiql");
  return (await graphiqlModule).renderGraphiQL(options);
};

/**
 * GraphiQL's page policy. Its code is inlined into the page (@graphql-yoga/render-graphiql, not
 * yoga's default, which loads it from a CDN), and its editor's workers start from blob: URLs;
 * nothing else may load, and no site may frame it.
 */
const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const REFUSALS: Record<number, [code: string, message: string]> = {
  404: ["NOT_FOUND", "No such endpoint: GraphQL is served at /graphql, health at /health and /ready."],
  406: [
    "NOT_ACCEPTABLE",
    "The Accept header names no type this API answers: ask for application/graphql-response+json or application/json.",
  ],
};

/**
 * Yoga answers a few refusals (an unknown path, an Accept header it cannot satisfy, a HEAD) with an
 * empty body; give them a GraphQL error with a code, like every other refusal.
 */
export function useCodedRefusals(): Plugin {
  return {
    onResponse({ response, setResponse, fetchAPI }) {
      if (response.status < 400 || response.headers.has("content-type")) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set("content-type", "application/json; charset=utf-8");
      headers.set("cache-control", "no-store");
      const [code, message] = REFUSALS[response.status] ?? ["BAD_REQUEST", "Bad request."];
      const body = { errors: [{ message, extensions: { code } }] };
      setResponse(new fetchAPI.Response(JSON.stringify(body), { status: response.status, headers }));
    },
  };
}

/** nosniff on every answer; on an HTML answer (GraphiQL) the page policy too. */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      response.headers.set("x-content-type-options", "nosniff");
      if (!response.headers.get("content-type")?.includes("text/html")) return;
      response.headers.set("content-security-policy", GRAPHIQL_CSP);
      response.headers.set("x-frame-options", "DENY");
      response.headers.set("referrer-policy", "no-referrer");
    },
  };
}

export interface CreateApiYogaOptions {
  store: GraphStore;
  logging?: boolean;
  /** Where yoga's logs go when logging is on; createApiLogger() by default. */
  logger?: YogaLogger;
  /** Who may write; none by default, so every mutation is refused. */
  tokens?: readonly ApiToken[];
  /** Depth, aliases, cost, timeout, introspection...; the defaults when left out. */
  limits?: QueryLimits;
  /** Origins whose pages may call the API from a browser (CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
  /** Free space of the store's disk; when given, mutations are refused while it is full. */
  storageCheck?: StorageCheck | undefined;
  /** How long /ready waits for the store before answering 503. */
  readyTimeoutMs?: number;
  /** Answers to anonymous read queries kept in memory (response-cache.ts); none by default. */
  responseCache?: ResponseCache;
  /** Differential queries run compiled (graphql-jit); false runs them on graphql-js, for comparison. */
  compiledDifferential?: boolean;
  /**
   * The most request body yoga reads, in bytes (yoga's 25 MB when left out); false when the caller
   * has already read the body within its own limit (create-server.ts), so yoga does not pipe it
   * through a second, counting stream (an AbortSignal and a DOMException per request).
   */
  maxRequestBodySize?: number | false;
}

/**
 * The GraphQL endpoint: schema, per-request context, masked errors, query limits, GraphiQL with
 * examples, and `/health` and `/ready`.
 */
export function createApiYoga({
  store,
  logging = true,
  logger = createApiLogger(),
  tokens = [],
  limits = DEFAULT_QUERY_LIMITS,
  corsOrigins = [],
  storageCheck,
  readyTimeoutMs = 3000,
  compiledDifferential = true,
  responseCache,
  maxRequestBodySize,
}: CreateApiYogaOptions) {
  const authenticate = createAuthenticator(tokens);
  return createYoga({
    schema: createSchema(),
    context: ({ request }) =>
      createContext(store, { viewer: authenticate(request.headers.get("authorization")) }),
    graphqlEndpoint: "/graphql",
    // Yoga's own liveness answer (an empty 200) is moved aside: /health answers JSON (useHealth).
    healthCheckEndpoint: "/graphql/health",
    maskedErrors: { maskError },
    landingPage: false,
    cors: false,
    ...(maxRequestBodySize === undefined ? {} : { maxRequestBodySize }),
    logging: logging ? logger : false,
    plugins: [
      // The request's signal reaches the executor: a client that goes away stops its resolvers.
      useExecutionCancellation(),
      useHealth(),
      useReadiness({ store, timeoutMs: readyTimeoutMs, storageCheck }),
      // Before the header plugins: a hit skips the GraphQL pipeline, an entry is stored without
      // this request's CORS headers, and every answer, hit or not, gets its own headers after.
      ...(responseCache ? [useResponseCache(responseCache)] : []),
      useCodedRefusals(),
      useSecurityHeaders(),
      useCorsAllowList(corsOrigins),
      useJsonPostsOnly(),
      ...(compiledDifferential ? [useCompiledDifferential()] : []),
      useQueryLimits(limits),
      ...(storageCheck ? [useStorageGuard(storageCheck)] : []),
    ],
    renderGraphiQL,
    graphiql: { title: "Back pain in pregnancy: GraphQL", defaultQuery: EXAMPLE_QUERY },
  });
}

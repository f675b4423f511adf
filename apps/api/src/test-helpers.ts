import type { AddressInfo } from "node:net";
import {
  type CypherRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  ensureGraphLoaded,
  ensureTeachingPathsSeeded,
  type GraphStore,
} from "@bpx/graph-store";
import { claimTestDatabase, createTestRunner, type TestEngine, testEngine } from "@bpx/graph-store/testing";
import type { QueryLimits } from "@bpx/schema";
import type { YogaLogger } from "graphql-yoga";
import { type CreateApiServerOptions, createApiServer } from "./create-server";
import { createApiYoga } from "./create-yoga";
import type { ApiToken } from "./tokens";

/** Tokens the tests sign in with, one per role. */
export const TEST_TOKENS = {
  reader: "reader-token-0123456789",
  educator: "educator-token-0123456789",
  admin: "admin-token-0123456789",
} as const;

const ALL_TEST_TOKENS: ApiToken[] = Object.entries(TEST_TOKENS).map(([role, token]) => ({
  role: role as ApiToken["role"],
  token,
}));

/**
 * A store on the engine under test (TEST_ENGINE: a fresh in-memory Grafeo, or the Neo4j test
 * server) holding the curated graph and only the seeded teaching paths, as a fresh start would.
 */
export async function createTestStore(
  engine: TestEngine = testEngine(),
  /** Wraps the engine's runner (to count its queries, say) before the store is built on it. */
  wrapRunner: (runner: CypherRunner) => CypherRunner = (runner) => runner,
): Promise<GraphStore> {
  const runner = wrapRunner(createTestRunner(engine));
  await claimTestDatabase(runner);
  // The Neo4j test database outlives each file: paths written by earlier files go first.
  if (runner.engine === "neo4j")
    await runner.run("MATCH (n) WHERE n:TeachingPath OR n:TeachingStep DETACH DELETE n", {}, "WRITE");
  const store = createGraphStore(runner);
  await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
  await ensureTeachingPathsSeeded(store, DEFAULT_GRAPH_DIR);
  return store;
}

/**
 * The yoga app (no port) on `store`, or on a new test store (createTestStore), accepting
 * TEST_TOKENS. `gql(query, variables, token)` sends the token as a bearer.
 */
export async function createTestApi(
  store?: GraphStore,
  {
    tokens = ALL_TEST_TOKENS,
    limits,
    logger,
  }: { tokens?: ApiToken[]; limits?: QueryLimits; logger?: YogaLogger } = {},
) {
  const s = store ?? (await createTestStore());
  const yoga = createApiYoga({
    store: s,
    // Quiet unless a test listens.
    logging: logger !== undefined,
    tokens,
    ...(limits ? { limits } : {}),
    ...(logger ? { logger } : {}),
  });
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: responses are asserted shape by shape in the tests
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
  };
  return { store: s, yoga, gql };
}

/**
 * The API's HTTP server (createApiServer) listening on a free localhost port. `url` is its
 * /graphql; `post(body, init)` sends a JSON body there (init may add headers or an abort signal);
 * `close()` stops the server, not the store.
 */
export async function listenTestServer(options: CreateApiServerOptions) {
  const api = createApiServer(options);
  await new Promise<void>((resolve) => api.server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;
  const post = (body: string, init: RequestInit = {}) =>
    fetch(url, {
      method: "POST",
      body,
      ...init,
      headers: {
        "content-type": "application/json",
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  return { api, url, post, close: () => api.server.close() };
}

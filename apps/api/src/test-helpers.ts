import {
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  ensureGraphLoaded,
  ensureTeachingPathsSeeded,
  type GraphStore,
} from "@bpx/graph-store";
import type { QueryLimits } from "@bpx/schema";
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
 * An in-memory store loaded with the curated graph and its seeded teaching paths, and the yoga app
 * on it (no port), accepting TEST_TOKENS. `gql(query, variables, token)` sends the token as a bearer.
 */
export async function createTestApi(
  store?: GraphStore,
  { tokens = ALL_TEST_TOKENS, limits }: { tokens?: ApiToken[]; limits?: QueryLimits } = {},
) {
  const s = store ?? createGraphStore(createEmbeddedRunner());
  if (!store) {
    await ensureGraphLoaded(s, DEFAULT_GRAPH_DIR);
    await ensureTeachingPathsSeeded(s, DEFAULT_GRAPH_DIR);
  }
  const yoga = createApiYoga({ store: s, logging: false, tokens, ...(limits ? { limits } : {}) });
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

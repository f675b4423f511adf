import {
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  ensureGraphLoaded,
  type GraphStore,
} from "@bpx/graph-store";
import { createApiYoga } from "./create-yoga";

/** An in-memory store loaded with the curated graph, and the yoga app on it (no port). */
export async function createTestApi(store?: GraphStore) {
  const s = store ?? createGraphStore(createEmbeddedRunner());
  if (!store) await ensureGraphLoaded(s, DEFAULT_GRAPH_DIR);
  const yoga = createApiYoga({ store: s, logging: false });
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const res = await yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query, variables }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: responses are asserted shape by shape in the tests
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
  };
  return { store: s, yoga, gql };
}

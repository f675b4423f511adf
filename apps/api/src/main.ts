import { dirname } from "node:path";
import {
  createGraphStore,
  createProgressBar,
  createRunner,
  DEFAULT_GRAPH_DIR,
  describeStore,
  ensureGraphLoaded,
  ensureTeachingPathsSeeded,
  GraphValidationError,
} from "@bpx/graph-store";
import { createApiServer } from "./create-server";
import { readEnv } from "./env";
import { releaseMemory } from "./memory";

async function main() {
  const env = readEnv();
  // Neo4j stops a query that outlives its request's time limit (the embedded engine runs in-process).
  const store = createGraphStore(createRunner(env.store, { queryTimeoutMs: env.limits.timeoutMs }), {
    // Each build reads the whole graph: give the garbage back once it is done, at start-up and
    // after every reload, whichever process made it.
    snapshot: { onBuilt: releaseMemory, afterRead: releaseMemory },
    textIndex: { onBuilt: releaseMemory },
  });
  console.log(`graph store: ${describeStore(env.store)}`);

  if (env.store.engine === "embedded" && env.autoload) {
    const result = await ensureGraphLoaded(store, env.graphDir ?? DEFAULT_GRAPH_DIR, {
      onProgress: createProgressBar(),
    });
    console.log(result.loaded ? `curated graph loaded (${result.reason})` : "curated graph up to date");
    const seeded = await ensureTeachingPathsSeeded(store, env.graphDir ?? DEFAULT_GRAPH_DIR);
    if (seeded > 0) console.log(`teaching paths seeded: ${seeded}`);
  } else if (env.store.engine === "neo4j") {
    // Start anyway: /ready reports the outage and requests get STORE_UNAVAILABLE until it recovers.
    await store.ping().then(
      () => console.log("neo4j reachable"),
      (error: unknown) =>
        console.error(`neo4j not reachable yet: ${error instanceof Error ? error.message : error}`),
    );
  }

  // The search index and the note lexicon are built now, in the background, not on the first request.
  store.warmTextIndex().catch((error: unknown) => {
    console.error(`search index not built yet: ${error instanceof Error ? error.message : error}`);
  });
  // So is the knowledge snapshot every differential reads (rebuilt whenever the graph is reloaded).
  store.warmKnowledgeSnapshot().catch((error: unknown) => {
    console.error(`knowledge snapshot not built yet: ${error instanceof Error ? error.message : error}`);
  });

  const { server } = createApiServer({
    store,
    responseCacheTtlMs: env.responseCacheTtlMs,
    responseCacheMaxBytes: env.responseCacheMaxBytes,
    tokens: env.tokens,
    limits: env.limits,
    maxBodyBytes: env.maxBodyBytes,
    corsOrigins: env.corsOrigins,
    // The embedded store writes next to its file; Neo4j's disk is the server's own business.
    ...(env.store.engine === "embedded" && env.store.path ? { storageDir: dirname(env.store.path) } : {}),
    minFreeBytes: env.minFreeBytes,
    fairness: env.fairness,
    trustedProxies: env.trustedProxies,
  });
  // Counts and roles only: the tokens themselves are never logged.
  const roles = [...new Set(env.tokens.map((t) => t.role))];
  console.log(
    env.tokens.length > 0
      ? `API tokens: ${env.tokens.length} (${roles.join(", ")})`
      : "API tokens: none (API_TOKENS is empty): teaching paths are read-only",
  );
  server.listen(env.port, env.host, () => {
    console.log(`GraphQL API on http://${env.host}:${env.port}/graphql (health: /health, ready: /ready)`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing`);
    server.close();
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), 5000);
    force.unref();
    void store.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof GraphValidationError || error instanceof Error ? error.message : error);
  process.exit(1);
});

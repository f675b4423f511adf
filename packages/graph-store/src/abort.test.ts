import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWithSignal } from "./abort";
import { ensureGraphLoaded } from "./bootstrap";
import { DEFAULT_GRAPH_DIR } from "./config";
import { type CypherRunner, eachRow } from "./runner";
import { createGraphStore, type GraphStore } from "./store";
import { claimTestDatabase, createTestRunner } from "./testing";

/** The engine's runner, every query it is asked to run counted (and `onQuery` told of it). */
function counting(runner: CypherRunner) {
  const counter = { queries: 0, onQuery: (_count: number) => {} };
  const wrapped: CypherRunner = {
    ...runner,
    run: (query, params, mode) => {
      counter.queries++;
      counter.onQuery(counter.queries);
      return runner.run(query, params, mode);
    },
    each: (query, params, onRow) => {
      counter.queries++;
      counter.onQuery(counter.queries);
      return eachRow(runner, query, params, onRow);
    },
  };
  return { runner: wrapped, counter };
}

let runner: CypherRunner;
let counter: ReturnType<typeof counting>["counter"];
let store: GraphStore;

beforeAll(async () => {
  ({ runner, counter } = counting(createTestRunner()));
  await claimTestDatabase(runner);
  await ensureGraphLoaded(createGraphStore(runner), DEFAULT_GRAPH_DIR);
});
afterAll(() => runner.close());

describe("store work on behalf of an abandoned request", () => {
  it("runs no query once the request's signal has aborted", async () => {
    store = createGraphStore(runner);
    const gone = new AbortController();
    gone.abort(new Error("the client went away"));
    counter.queries = 0;
    await expect(
      runWithSignal(gone.signal, () => store.neighborhood({ ids: ["fever"], depth: 2 })),
    ).rejects.toMatchObject({
      code: "ABORTED",
      message: "The request was abandoned (the client went away); its store work stopped.",
    });
    expect(counter.queries).toBe(0);
  });

  it("runs as usual for a request still wanted", async () => {
    store = createGraphStore(runner);
    const wanted = new AbortController();
    const walk = await runWithSignal(wanted.signal, () => store.neighborhood({ ids: ["fever"], depth: 1 }));
    expect(walk.nodes.length).toBeGreaterThan(1);
  });

  it("never fails shared work (the knowledge snapshot) for the other requests waiting on it", async () => {
    store = createGraphStore(runner); // no snapshot yet: the first caller has it built, in a dozen queries
    const gone = new AbortController();
    counter.queries = 0;
    // The first caller's client goes away while the build it started is under way.
    counter.onQuery = (count) => {
      if (count === 3) gone.abort(new Error("the client went away"));
    };
    const first = runWithSignal(gone.signal, () => store.knowledgeSnapshot());
    const second = store.knowledgeSnapshot();
    try {
      expect((await second).redFlags().length).toBeGreaterThan(0);
      expect(counter.queries).toBeGreaterThan(3);
      await first;
    } finally {
      counter.onQuery = () => {};
    }
  });
});

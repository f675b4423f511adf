/**
 * A barrage of malformed and abusive requests mixed with normal queries, to check that every
 * refusal is fast and carries a code and that normal clients keep their latency. Used by
 * scripts/abuse.ts (against the real process) and abuse.test.ts (a smaller barrage).
 */

export interface AbusiveRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const JSON_HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json" };
const post = (
  kind: string,
  body: string,
  headers: Record<string, string> = JSON_HEADERS,
): AbusiveRequest => ({
  kind,
  method: "POST",
  path: "/graphql",
  headers,
  body,
});
const query = (kind: string, q: string, variables?: Record<string, unknown>) =>
  post(kind, JSON.stringify({ query: q, variables }));

const deep = (levels: number) =>
  `{ node(id: "ibuprofen") { ...on Drug { ${"safety { statements { viaClass { ".repeat(levels)} id ${"} } }".repeat(levels)} } } }`;

/** One of each kind of abuse; the barrage cycles through them. */
export const ABUSIVE_REQUESTS: AbusiveRequest[] = [
  post("malformed JSON", '{"query": "{ node(id: \\"fever\\") { id } }"'),
  post("not JSON at all", "\u0000\u0001garbage"),
  post("wrong content type", "{ __typename }", { "content-type": "text/plain" }),
  post("no content type", JSON.stringify({ query: "{ __typename }" }), {}),
  post("huge body (300 KB)", JSON.stringify({ query: `{ __typename } #${"x".repeat(300_000)}` })),
  query("deep nesting (40 levels)", deep(13)),
  query(
    "alias bomb (500 aliases)",
    `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(" ")} }`,
  ),
  query("token bomb", `{ node(id: "fever") { ${"id ".repeat(20_000)} } }`),
  query(
    "root field bomb",
    `{ ${Array.from({ length: 25 }, (_, i) => `n${i}: node(id: "fever") { id }`).join(" ")} }`,
  ),
  query(
    "cost bomb (neighborhood depth 3 with evidence)",
    `{ neighborhood(ids: ["pyelonephritis", "fever"], depth: 3) {
      nodes { id name aliases kind ...on Condition { evidence { quote verbatim source { id title url date } } } }
      edges { id type source target evidence { quote verbatim source { id title url date } } } } }`,
  ),
  post("batch array", JSON.stringify(Array.from({ length: 50 }, () => ({ query: "{ __typename }" })))),
  query("unknown field", "{ nope { id } }"),
  query("syntax error", "{ node(id: "),
  query(
    "fragment bomb (12 fragments, each spreading the next 4 times)",
    [
      "query Bomb { ...F0 }",
      ...Array.from({ length: 12 }, (_, i) =>
        i === 11
          ? `fragment F${i} on Query { __typename }`
          : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} ...F${i + 1} ...F${i + 1} }`,
      ),
    ].join("\n"),
  ),
  query("fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
  query(
    "introspection bomb",
    `{ __schema { types { ${"fields { type { fields { type { ".repeat(4)} name ${"} } } } ".repeat(4)} } } }`,
  ),
  query("wrong variable type", "query($id: ID!) { node(id: $id) { id } }", { id: { nested: true } }),
  post("variables not an object", JSON.stringify({ query: "{ __typename }", variables: "x" })),
  post("no query", JSON.stringify({})),
  query("first over the limit", '{ search(text: "pain", first: 100000) { score } }'),
  query("bad id (500 characters)", `{ node(id: "${"x".repeat(500)}") { id } }`),
  query("huge string (60 KB search text)", "query($t: String!) { search(text: $t) { score } }", {
    t: "a".repeat(60_000),
  }),
  query("neighborhood of unknown ids", '{ neighborhood(ids: ["no-such-node"]) { nodes { id } } }'),
  { kind: "mutation over GET", method: "GET", path: "/graphql?query=mutation%7B__typename%7D", headers: {} },
  { kind: "PUT", method: "PUT", path: "/graphql", headers: JSON_HEADERS, body: "{}" },
  post(
    "mutation without a token",
    JSON.stringify({ query: 'mutation { deleteTeachingPath(id: "x", expectedVersion: 1) }' }),
  ),
];

export interface Answer {
  kind: string;
  status: number;
  code: string | undefined;
  ms: number;
}

async function send(base: string, r: AbusiveRequest): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}${r.path}`, {
      method: r.method,
      headers: r.headers,
      ...(r.body !== undefined ? { body: r.body } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
        ?.code;
    } catch {
      code = undefined;
    }
    return { kind: r.kind, status: res.status, code, ms: performance.now() - started };
  } catch (error) {
    return { kind: r.kind, status: 0, code: String(error), ms: performance.now() - started };
  }
}

/** A normal, uncached read (a nonce keeps the answer cache out of the measurement). */
async function normalQuery(base: string, i: number): Promise<number> {
  const texts = ["fever", "pain", "urine", "ibuprofen", "ultrasound"];
  const started = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({
      query: `query Normal($t: String!) { search(text: $t, first: 5) { score node { id name } }
        node(id: "pyelonephritis") { id name ...on Condition { urgency } } } # ${i}`,
      variables: { t: texts[Math.abs(i) % texts.length] },
    }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (res.status !== 200 || body.errors)
    throw new Error(`normal query failed: ${res.status} ${JSON.stringify(body)}`);
  return performance.now() - started;
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Normal queries from `workers` sequential clients until `done(count so far)`; latencies in ms. */
async function normalLoad(
  base: string,
  workers: number,
  done: (count: number) => boolean,
): Promise<number[]> {
  const latencies: number[] = [];
  let i = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!done(latencies.length)) latencies.push(await normalQuery(base, i++));
    }),
  );
  return latencies;
}

export interface BarrageReport {
  baseline: { count: number; p50: number; p99: number };
  during: { count: number; p50: number; p99: number };
  answers: Answer[];
  /** Answers that are neither a 4xx with a code nor a 200 with a coded error. */
  bad: Answer[];
  byKind: Record<string, { status: number; code: string | undefined; count: number; maxMs: number }>;
  health: { health: number; ready: number };
}

/**
 * Measures normal queries alone (`baselineCount`), then again while `abusive` abusive requests go
 * out `concurrency` at a time, and checks every abusive answer.
 */
export async function runBarrage(
  base: string,
  { abusive = 1000, concurrency = 10, workers = 4, baselineCount = 300 } = {},
): Promise<BarrageReport> {
  for (let i = 0; i < 20; i++) await normalQuery(base, -i); // warm up
  const baseline = await normalLoad(base, workers, (count) => count >= baselineCount);

  let finished = false;
  const answers: Answer[] = [];
  const during = normalLoad(base, workers, (count) => finished && count >= 50);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < abusive) {
        const r = ABUSIVE_REQUESTS[next++ % ABUSIVE_REQUESTS.length] as AbusiveRequest;
        answers.push(await send(base, r));
      }
    }),
  );
  finished = true;
  const duringLatencies = await during;

  const ok = (a: Answer) => a.code !== undefined && a.status >= 200 && a.status < 500 && a.status !== 0;
  const byKind: BarrageReport["byKind"] = {};
  for (const a of answers) {
    const k = byKind[a.kind] ?? { status: a.status, code: a.code, count: 0, maxMs: 0 };
    byKind[a.kind] = k;
    k.count++;
    k.maxMs = Math.max(k.maxMs, Math.round(a.ms));
  }
  const [health, ready] = await Promise.all([fetch(`${base}/health`), fetch(`${base}/ready`)]);
  const stats = (l: number[]) => ({ count: l.length, p50: percentile(l, 50), p99: percentile(l, 99) });
  return {
    baseline: stats(baseline),
    during: stats(duringLatencies),
    answers,
    bad: answers.filter((a) => !ok(a)),
    byKind,
    health: { health: health.status, ready: ready.status },
  };
}

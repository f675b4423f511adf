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
  /** Headers the answer must not carry (a CORS grant to another site, say). */
  forbiddenHeaders?: string[];
}

/**
 * A valid educator token the barrage's target accepts (scripts/abuse.ts and abuse.test.ts start
 * the API with it): the cross-site write attempts carry it, as a victim's browser would carry a
 * session, so a refused write proves the refusal, not a missing token.
 */
export const ABUSE_EDUCATOR_TOKEN = "abuse-educator-token-0123456789";
export const ABUSE_ADMIN_TOKEN = "abuse-admin-token-0123456789";
export const ABUSE_API_TOKENS = `educator:${ABUSE_EDUCATOR_TOKEN},admin:${ABUSE_ADMIN_TOKEN}`;

const FORGED_TITLE = "Forged by the abuse barrage";
const FORGED_MUTATION = `mutation { createTeachingPath(input: { title: "${FORGED_TITLE}", steps: [] }) { id } }`;

/** Fragment F0 spreads F1 four times, F1 spreads F2 four times, ...: 4^(n-1) fields expanded. */
function fragmentBomb(n: number, root: string, type: string, leaf: string): string {
  return [
    root,
    ...Array.from({ length: n }, (_, i) =>
      i === n - 1
        ? `fragment F${i} on ${type} { ${leaf} }`
        : `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} ...F${i + 1} ...F${i + 1} }`,
    ),
  ].join("\n");
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
    fragmentBomb(12, "query Bomb { ...F0 }", "Query", "__typename"),
  ),
  query(
    "fragment bomb below the root (19 fragments, 4^18 fields)",
    fragmentBomb(19, 'query Bomb { node(id: "fever") { ...F0 } }', "Node", "id"),
  ),

  post(
    "cross-site form mutation (url-encoded, with a token)",
    new URLSearchParams({ query: FORGED_MUTATION }).toString(),
    {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Bearer ${ABUSE_EDUCATOR_TOKEN}`,
      origin: "https://evil.example",
    },
  ),
  post(
    "cross-site multipart mutation (with a token)",
    `--x\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: FORGED_MUTATION })}\r\n--x\r\ncontent-disposition: form-data; name="map"\r\n\r\n{}\r\n--x--\r\n`,
    {
      "content-type": "multipart/form-data; boundary=x",
      authorization: `Bearer ${ABUSE_EDUCATOR_TOKEN}`,
      origin: "https://evil.example",
    },
  ),
  post("text/plain mutation (a simple cross-site fetch)", JSON.stringify({ query: FORGED_MUTATION }), {
    "content-type": "text/plain",
    authorization: `Bearer ${ABUSE_EDUCATOR_TOKEN}`,
  }),
  {
    ...post(
      "CORS from another site (a cached query)",
      JSON.stringify({ query: '{ node(id: "fever") { name } }' }),
      {
        ...JSON_HEADERS,
        origin: "https://evil.example",
      },
    ),
    forbiddenHeaders: ["access-control-allow-origin", "access-control-allow-credentials"],
  },
  {
    kind: "CORS preflight from another site",
    method: "OPTIONS",
    path: "/graphql",
    headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    forbiddenHeaders: ["access-control-allow-origin", "access-control-allow-credentials"],
  },
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
  /** Headers it carried that it must not have. */
  leaked: string[];
}

/**
 * The addresses the barrage's traffic claims in X-Forwarded-For, as a proxy in front of the API
 * would report them: the attacker one address, each normal client its own (documentation ranges,
 * RFC 5737). The API believes them only when started with TRUSTED_PROXY=127.0.0.1; without it
 * every request counts as one client, the loopback address.
 */
export const ATTACKER_ADDRESS = "203.0.113.66";
const normalAddress = (worker: number) => `198.51.100.${worker + 1}`;

async function send(base: string, r: AbusiveRequest): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}${r.path}`, {
      method: r.method,
      headers: { ...r.headers, "x-forwarded-for": ATTACKER_ADDRESS },
      ...(r.body !== undefined ? { body: r.body } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    const leaked = (r.forbiddenHeaders ?? []).filter((h) => res.headers.has(h));
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
        ?.code;
    } catch {
      code = undefined;
    }
    // A cross-origin request answered without a CORS grant is refused by the browser, whatever
    // the status (a preflight's 204, a query's 200): that is the refusal.
    if (r.forbiddenHeaders && leaked.length === 0 && code === undefined) code = "NO_CORS_GRANT";
    return { kind: r.kind, status: res.status, code, ms: performance.now() - started, leaked };
  } catch (error) {
    return { kind: r.kind, status: 0, code: String(error), ms: performance.now() - started, leaked: [] };
  }
}

/** A normal, uncached read (a nonce keeps the answer cache out of the measurement). */
async function normalQuery(base: string, i: number, worker = 0): Promise<number> {
  const texts = ["fever", "pain", "urine", "ibuprofen", "ultrasound"];
  const started = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { ...JSON_HEADERS, "x-forwarded-for": normalAddress(worker) },
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
    Array.from({ length: workers }, async (_, worker) => {
      while (!done(latencies.length)) latencies.push(await normalQuery(base, i++, worker));
    }),
  );
  return latencies;
}

/** Teaching-path titles an admin sees: the barrage must not add any. */
async function pathTitles(base: string): Promise<string[]> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { ...JSON_HEADERS, authorization: `Bearer ${ABUSE_ADMIN_TOKEN}` },
    body: JSON.stringify({ query: "{ teachingPaths(first: 50) { edges { node { title } } } }" }),
  });
  const body = (await res.json()) as { data?: { teachingPaths: { edges: { node: { title: string } }[] } } };
  return (body.data?.teachingPaths.edges ?? []).map((e) => e.node.title).sort();
}

/**
 * Sends `abusive` requests, cycling through ABUSIVE_REQUESTS, `concurrency` at a time; calls
 * `onStarted` as the first ones go out.
 */
export async function sendAbusive(
  base: string,
  abusive: number,
  concurrency: number,
  onStarted: () => void = () => {},
): Promise<Answer[]> {
  const answers: Answer[] = [];
  setImmediate(onStarted);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < abusive) {
        const r = ABUSIVE_REQUESTS[next++ % ABUSIVE_REQUESTS.length] as AbusiveRequest;
        answers.push(await send(base, r));
      }
    }),
  );
  return answers;
}

/** Sends the abusive requests and calls `onStarted` as the first go out (sendAbusive, say). */
export type Attack = (
  base: string,
  abusive: number,
  concurrency: number,
  onStarted: () => void,
) => Promise<Answer[]>;

/** The slowest answer allowed to any attack. */
export const MAX_ATTACK_MS = 1500;

export interface BarrageReport {
  baseline: { count: number; p50: number; p99: number };
  during: { count: number; p50: number; p99: number };
  answers: Answer[];
  /** Answers that are neither a 4xx with a code nor a 200 with a coded error. */
  bad: Answer[];
  byKind: Record<string, { status: number; code: string | undefined; count: number; maxMs: number }>;
  health: { health: number; ready: number };
  /** Teaching-path titles before and after: equal unless something was written. */
  writes: { before: string[]; after: string[] };
  /** Answers slower than MAX_ATTACK_MS. */
  slow: Answer[];
}

/**
 * Measures normal queries alone (`baselineCount`: half before the barrage, half after it, so a
 * change in the machine's load during the run weighs on both sides alike), and again while
 * `abusive` abusive requests go out `concurrency` at a time, and checks every abusive answer.
 * A thousand quiet queries make the quiet p99 the tenth slowest, not the third: on a shared
 * machine a p99 of 300 samples moved by 3x from run to run on its own.
 */
export async function runBarrage(
  base: string,
  {
    abusive = 1000,
    concurrency = 10,
    workers = 4,
    baselineCount = 1000,
    attack = sendAbusive,
  }: {
    abusive?: number;
    concurrency?: number;
    workers?: number;
    baselineCount?: number;
    /** How the abusive requests go out: from this process by default (scripts/abuse.ts uses another). */
    attack?: Attack;
  } = {},
): Promise<BarrageReport> {
  for (let i = 0; i < 20; i++) await normalQuery(base, -i); // warm up
  const titlesBefore = await pathTitles(base);
  const half = Math.ceil(baselineCount / 2);
  const baselineBefore = await normalLoad(base, workers, (count) => count >= half);

  // Normal queries measured "during" start once the attacker is sending, and run until it is done.
  let finished = false;
  let during: Promise<number[]> | undefined;
  const startNormal = () => {
    during ??= normalLoad(base, workers, (count) => finished && count >= 50);
  };
  const answers = await attack(base, abusive, concurrency, startNormal);
  startNormal();
  finished = true;
  const duringLatencies = await (during as Promise<number[]>);
  const baseline = [...baselineBefore, ...(await normalLoad(base, workers, (count) => count >= half))];

  const ok = (a: Answer) =>
    a.code !== undefined && a.status >= 200 && a.status < 500 && a.status !== 0 && a.leaked.length === 0;
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
    writes: { before: titlesBefore, after: await pathTitles(base) },
    slow: answers.filter((a) => a.ms > MAX_ATTACK_MS),
  };
}

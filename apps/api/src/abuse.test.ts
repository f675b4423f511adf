import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ABUSE_API_TOKENS, ABUSIVE_REQUESTS, runBarrage } from "./abuse";
import { createApiServer } from "./create-server";
import { createTestApi } from "./test-helpers";
import { parseApiTokens } from "./tokens";

/** A smaller barrage than scripts/abuse.ts (which starts the real process), on a real HTTP server. */
describe("a barrage of 300 malformed and abusive requests", () => {
  let base: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { store } = await createTestApi();
    const { server } = createApiServer({
      store,
      logging: false,
      responseCacheTtlMs: 60_000,
      tokens: parseApiTokens(ABUSE_API_TOKENS),
      // The barrage tells its attacker and normal clients apart by X-Forwarded-For (abuse.ts).
      trustedProxies: ["127.0.0.1"],
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = async () => {
      server.close();
      await store.close();
    };
  });
  afterAll(() => close());

  it("answers every one with a code, quickly, and stays healthy", { timeout: 60_000 }, async () => {
    const report = await runBarrage(base, { abusive: 300, baselineCount: 50 });
    expect(report.answers).toHaveLength(300);
    expect(report.bad).toEqual([]);
    expect(Object.keys(report.byKind)).toHaveLength(ABUSIVE_REQUESTS.length);
    for (const a of report.answers) expect(a.ms).toBeLessThan(5000);
    // Only execution errors (bad arguments, unknown ids, no token) are 200s, as GraphQL over HTTP asks.
    const coded200 = new Set(report.answers.filter((a) => a.status === 200).map((a) => a.code));
    // NO_CORS_GRANT: another site's query answered without CORS headers, which the browser refuses.
    expect([...coded200].sort()).toEqual(["BAD_USER_INPUT", "NOT_FOUND", "NO_CORS_GRANT", "UNAUTHENTICATED"]);
    expect(report.writes.after).toEqual(report.writes.before);
    expect(report.writes.before.length).toBeGreaterThan(0);
    expect(report.health).toEqual({ health: 200, ready: 200 });
    expect(report.during.count).toBeGreaterThanOrEqual(50);
  });
});

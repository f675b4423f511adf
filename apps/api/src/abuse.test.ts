import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ABUSIVE_REQUESTS, runBarrage } from "./abuse";
import { createApiServer } from "./create-server";
import { createTestApi } from "./test-helpers";

/** A smaller barrage than scripts/abuse.ts (which starts the real process), on a real HTTP server. */
describe("a barrage of 200 malformed and abusive requests", () => {
  let base: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { store } = await createTestApi();
    const { server } = createApiServer({ store, logging: false, responseCacheTtlMs: 60_000 });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = async () => {
      server.close();
      await store.close();
    };
  });
  afterAll(() => close());

  it("answers every one with a code, quickly, and stays healthy", { timeout: 60_000 }, async () => {
    const report = await runBarrage(base, { abusive: 200, baselineCount: 50 });
    expect(report.answers).toHaveLength(200);
    expect(report.bad).toEqual([]);
    expect(Object.keys(report.byKind)).toHaveLength(ABUSIVE_REQUESTS.length);
    for (const a of report.answers) expect(a.ms).toBeLessThan(5000);
    // Only execution errors (bad arguments, unknown ids, no token) are 200s, as GraphQL over HTTP asks.
    const coded200 = new Set(report.answers.filter((a) => a.status === 200).map((a) => a.code));
    expect([...coded200].sort()).toEqual(["BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED"]);
    expect(report.health).toEqual({ health: 200, ready: 200 });
    expect(report.during.count).toBeGreaterThanOrEqual(50);
  });
});

import type { AddressInfo } from "node:net";
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { createTestApi } from "./test-helpers";

/**
 * The GraphQL-over-HTTP audit of the `graphql-http` package against the real HTTP server, with the
 * answer cache on (as shipped) and off. Every MUST has to pass; SHOULDs and MAYs are reported.
 */
describe.each([
  ["cache on", 60_000],
  ["cache off", 0],
])("GraphQL over HTTP audit (%s)", (_label, responseCacheTtlMs) => {
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { store } = await createTestApi();
    const { server } = createApiServer({ store, logging: false, responseCacheTtlMs });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    close = async () => {
      server.close();
      await store.close();
    };
  });
  afterAll(() => close());

  const audits = serverAudits({ url: () => url });
  it("has audits to run", () => expect(audits.length).toBeGreaterThan(50));

  it.each(audits.map((audit) => [audit.name, audit] as const))("%s", async (name, audit) => {
    const result = await audit.fn();
    if (name.startsWith("MUST"))
      expect(result.status, result.status === "ok" ? "" : result.reason).toBe("ok");
    else if (result.status !== "ok") console.warn(`${name}: ${result.status}: ${result.reason}`);
    else expect(result.status).toBe("ok");
  });
});

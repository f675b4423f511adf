import { statfs } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { createTestApi, TEST_TOKENS } from "./test-helpers";
import { parseApiTokens } from "./tokens";

const { store } = await createTestApi();
afterAll(() => store.close());

const DIR = tmpdir();
/** The real free space of DIR now. */
const freeNow = async () => {
  const s = await statfs(DIR);
  return s.bavail * s.bsize;
};

/**
 * A real server whose store writes to DIR, needing `minFreeBytes` free there. The disk is not
 * filled: the threshold is set above (or below) the real free space, so the check reads a real
 * statfs and decides exactly as it would on a full disk.
 */
async function serve(minFreeBytes: number) {
  const api = createApiServer({
    store,
    logging: false,
    tokens: parseApiTokens(`educator:${TEST_TOKENS.educator},admin:${TEST_TOKENS.admin}`),
    storageDir: DIR,
    minFreeBytes,
  });
  await new Promise<void>((resolve) => api.server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  const gql = async (query: string, token: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: asserted field by field below
    return (await res.json()) as { data?: any; errors?: any[] };
  };
  return { base, gql, close: () => api.server.close() };
}

const CREATE = (title: string) =>
  `mutation { createTeachingPath(input: { title: "${title}", steps: [] }) { id title } }`;
const TITLES = "{ teachingPaths(first: 50) { edges { node { title } } } }";

describe("a full disk under the embedded store", () => {
  it("makes /ready fail and refuses writes with STORE_UNAVAILABLE, saying why", async () => {
    const full = await serve((await freeNow()) + 1024 ** 3);
    try {
      const ready = await fetch(`${full.base}/ready`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as Record<string, string>;
      expect(body).toMatchObject({ status: "unavailable", code: "STORE_UNAVAILABLE" });
      expect(body.reason).toMatch(
        /^storage full: \d+ bytes free for the graph store at .+; writes need at least \d+$/,
      );

      const before = await full.gql(TITLES, TEST_TOKENS.admin);
      const write = await full.gql(CREATE("Written to a full disk"), TEST_TOKENS.educator);
      expect(write).toEqual({
        errors: [
          {
            message:
              "The graph store's disk is full, so nothing can be saved. Free some space and try again.",
            extensions: { code: "STORE_UNAVAILABLE", reason: "STORAGE_FULL" },
          },
        ],
      });
      // Reads still work, and nothing was written.
      expect(await full.gql(TITLES, TEST_TOKENS.admin)).toEqual(before);
    } finally {
      full.close();
    }
  });

  it("with room to spare, /ready is 200 and writes go through", async () => {
    const roomy = await serve(1);
    try {
      expect((await fetch(`${roomy.base}/ready`)).status).toBe(200);
      const write = await roomy.gql(CREATE("Written with room to spare"), TEST_TOKENS.educator);
      expect(write.data.createTeachingPath.title).toBe("Written with room to spare");
    } finally {
      roomy.close();
    }
  });
});

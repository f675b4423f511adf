import { describe, expect, it } from "vitest";
import { createAuthenticator } from "./auth";
import { readEnv } from "./env";
import { parseApiTokens } from "./tokens";

const EDUCATOR = "s3cr3t-for-teaching-0123";
const READER = "s3cr3t-for-reading-4567";

describe("API_TOKENS", () => {
  it("parses role:token pairs and defaults to no tokens at all", () => {
    expect(parseApiTokens(` educator:${EDUCATOR} , reader:${READER},admin:${EDUCATOR}x `)).toEqual([
      { role: "educator", token: EDUCATOR },
      { role: "reader", token: READER },
      { role: "admin", token: `${EDUCATOR}x` },
    ]);
    expect(parseApiTokens(undefined)).toEqual([]);
    expect(readEnv({}).tokens).toEqual([]);
    expect(readEnv({ API_TOKENS: `educator:${EDUCATOR}` }).tokens).toEqual([
      { role: "educator", token: EDUCATOR },
    ]);
  });

  const bad: [string, string, RegExp][] = [
    ["no colon", `educator:${EDUCATOR},${READER}`, /entry 2 is not role:token/],
    ["an unknown role", `editor:${EDUCATOR}`, /entry 1 has an unknown role "editor"/],
    ["a short token", "educator:short", /entry 1 \(educator\): the token must be at least 16/],
    [
      "a repeated token",
      `educator:${EDUCATOR},admin:${EDUCATOR}`,
      /entry 2 \(admin\) repeats an earlier token/,
    ],
  ];
  it.each(bad)("refuses %s at start-up, naming the entry and never the token", (_name, value, message) => {
    expect(() => readEnv({ API_TOKENS: value })).toThrow(message);
    try {
      readEnv({ API_TOKENS: value });
    } catch (error) {
      for (const token of [EDUCATOR, READER, "short"]) expect(String(error)).not.toContain(token);
    }
  });
});

describe("display names in API_TOKENS", () => {
  it("takes an optional name after the role (role/Name:token), so authors read as people", async () => {
    expect(parseApiTokens(`educator/Dr Ada Okafor:${EDUCATOR}, reader:${READER}`)).toEqual([
      { role: "educator", token: EDUCATOR, name: "Dr Ada Okafor" },
      { role: "reader", token: READER },
    ]);
    const authenticate = createAuthenticator(parseApiTokens(`educator/Dr Ada Okafor:${EDUCATOR}`));
    const viewer = authenticate(`Bearer ${EDUCATOR}`);
    expect(viewer).toEqual({
      role: "educator",
      name: "Dr Ada Okafor",
      id: expect.stringMatching(/^educator-[0-9a-f]{8}$/),
    });
    // The id stays the hash prefix (what owns paths) whatever the display name says.
    expect(createAuthenticator(parseApiTokens(`educator:${EDUCATOR}`))(`Bearer ${EDUCATOR}`).id).toBe(
      viewer.id,
    );
    const { createTestApi } = await import("./test-helpers");
    const api = await createTestApi(undefined, {
      tokens: parseApiTokens(`educator/Dr Ada Okafor:${EDUCATOR}`),
    });
    try {
      const { body } = await api.gql(
        'mutation { createTeachingPath(input: { title: "Named", steps: [] }) { author } }',
        undefined,
        EDUCATOR,
      );
      expect(body).toEqual({ data: { createTeachingPath: { author: "Dr Ada Okafor" } } });
    } finally {
      await api.store.close();
    }
  });

  it.each([
    ["an empty name", `educator/:${EDUCATOR}`],
    ["a name over 60 characters", `educator/${"n".repeat(61)}:${EDUCATOR}`],
    ["a name with a control character", `educator/Ada\u0007:${EDUCATOR}`],
  ])("refuses %s, naming the entry", (_label, value) => {
    expect(() => parseApiTokens(value)).toThrow(
      /API_TOKENS entry 1 \(educator\): the name must be 1 to 60 characters/,
    );
  });
});

describe("the authenticator", () => {
  const authenticate = createAuthenticator(parseApiTokens(`educator:${EDUCATOR},reader:${READER}`));

  it("maps a bearer token to its role and a name that does not reveal it", () => {
    const viewer = authenticate(`Bearer ${EDUCATOR}`);
    expect(viewer.role).toBe("educator");
    expect(viewer.name).toMatch(/^educator-[0-9a-f]{8}$/);
    expect(viewer.name).not.toContain(EDUCATOR.slice(0, 6));
    expect(authenticate(`bearer ${READER}`).role).toBe("reader");
  });

  it("treats a missing header as anonymous and a wrong one as an invalid token", () => {
    expect(authenticate(null)).toEqual({ role: "anonymous", name: "anonymous", id: "anonymous" });
    for (const header of [
      `Bearer ${EDUCATOR}x`,
      `Bearer ${EDUCATOR.slice(0, -1)}`,
      `Basic ${EDUCATOR}`,
      "Bearer",
    ]) {
      expect(authenticate(header)).toEqual({
        role: "anonymous",
        name: "anonymous",
        id: "anonymous",
        invalidToken: true,
      });
    }
    expect(createAuthenticator([])(`Bearer ${EDUCATOR}`).invalidToken).toBe(true);
  });
});

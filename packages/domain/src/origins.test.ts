import { describe, expect, it } from "vitest";
import { parseOriginList } from "./origins";

describe("parseOriginList", () => {
  it("reads a comma-separated list and names what is not an origin", () => {
    expect(parseOriginList(" https://a.example , http://127.0.0.1:3000,,")).toEqual({
      origins: ["https://a.example", "http://127.0.0.1:3000"],
      invalid: [],
    });
    expect(parseOriginList("https://a.example/, a.example, https://b.example/path").invalid).toEqual([
      "https://a.example/",
      "a.example",
      "https://b.example/path",
    ]);
    expect(parseOriginList(undefined)).toEqual({ origins: [], invalid: [] });
  });
});

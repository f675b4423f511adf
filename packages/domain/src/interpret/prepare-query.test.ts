import { describe, expect, it } from "vitest";
import { prepareQuery, toLuceneQuery } from "./prepare-query";

describe("prepareQuery", () => {
  it("prepares each term with its typo tolerance, the last also as a prefix", () => {
    expect(prepareQuery("acute lower back pian").terms).toEqual([
      { term: "acut", word: "acute", fuzzy: 1, prefix: false, qualifier: true },
      { term: "lower", word: "lower", fuzzy: 1, prefix: false, qualifier: false },
      { term: "back", word: "back", fuzzy: 1, prefix: false, qualifier: false },
      { term: "pian", word: "pian", fuzzy: 1, prefix: true, qualifier: false },
    ]);
  });

  it.each([
    ["UTI", "urin tract infect"],
    ["Haematuria", "hematur"],
    ["hematuria", "hematur"],
    ["labour", "labor"],
    ["a", "a"],
    ["p", "p"],
  ])("%s has the key %s", (text, key) => expect(prepareQuery(text).key).toBe(key));

  it("corrects words the graph does not know, when given a speller", () => {
    expect(
      prepareQuery("pyelonephritus", (w) => (w === "pyelonephritus" ? "pyelonephritis" : null)).key,
    ).toBe("pyelonephr");
  });

  it.each([
    ["left flank pain", ["right"]],
    ["right flank pain", ["left"]],
    ["pain on both sides", ["right", "left", "one", "unilater"]],
    ["flank pain", []],
  ])("%s excludes %j", (text, exclude) => expect(prepareQuery(text).exclude).toEqual(exclude));
});

describe("toLuceneQuery (for the Neo4j full-text index of phase B)", () => {
  it("maps fuzziness, the prefix and qualifier weights, and escapes Lucene's syntax", () => {
    expect(toLuceneQuery(prepareQuery("acute lower back pain"))).toBe(
      "acut~1^0.3 lower~1 back~1 (pain~1 OR pain*)",
    );
    expect(toLuceneQuery(prepareQuery("UTI"))).toBe("urin~1 tract~1 (infect~2 OR infect*)");
    expect(
      toLuceneQuery({
        terms: [{ term: 'a+b:"c"', word: "x", fuzzy: 0, prefix: false, qualifier: false }],
        key: "",
        exclude: [],
      }),
    ).toBe('a\\+b\\:\\"c\\"');
  });
});

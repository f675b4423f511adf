import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_GRAPH_DIR, seedsDir as findSeedsDir } from "../config";
import { readGraph } from "./index";
import { normaliseForQuote, verifyQuotes } from "./quotes";

const seedsDir = findSeedsDir();
/**
 * The checks that read the source articles need them (`SEEDS_DIR`, default `../shared/seeds`): a
 * user's clone has none, and they are then reported as skipped, with the reason in their title.
 */
const haveSeeds = existsSync(seedsDir);
const needsSeeds = (title: string) =>
  haveSeeds ? title : `${title} [skipped: no source articles at ${seedsDir}; set SEEDS_DIR]`;

describe("quotes", () => {
  it("normalises only whitespace and typographic quotes", () => {
    expect(normaliseForQuote("a \u201Cb\u201D  c\u2019s\n d")).toBe('a "b" c\'s d');
    expect(normaliseForQuote("a - b")).not.toBe(normaliseForQuote("a \u2013 b"));
  });

  it.skipIf(!haveSeeds)(
    needsSeeds("every verbatim quote in the graph appears word for word in its source"),
    async () => {
      const bundle = await readGraph(DEFAULT_GRAPH_DIR);
      const { checked, problems } = await verifyQuotes(bundle, seedsDir);
      expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
      expect(checked).toBeGreaterThan(30);
    },
  );

  it.skipIf(!haveSeeds)(needsSeeds("fails when a quote is altered by one word"), async () => {
    const bundle = await readGraph(DEFAULT_GRAPH_DIR);
    const edge = bundle.edges.find((e) => e.props.evidenceVerbatim.length > 0 && e.props.evidenceVerbatim[0]);
    expect(edge).toBeDefined();
    if (!edge) return;
    const original = edge.props.evidenceQuotes[0] ?? "";
    edge.props.evidenceQuotes[0] = original.replace(/\b(\w+)\b/, "$1x");
    const { problems } = await verifyQuotes(bundle, seedsDir);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("quote not found verbatim");
  });
});

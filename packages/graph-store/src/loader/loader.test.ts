import { describe, expect, it } from "vitest";
import { DEFAULT_GRAPH_DIR } from "../config";
import { readGraph } from "./index";
import { CONDITION, graphWith, issuesOf } from "./test-fixtures";

describe("validating the curated files", () => {
  it("accepts the real curated graph", async () => {
    const bundle = await readGraph(DEFAULT_GRAPH_DIR);
    expect(bundle.nodes.length).toBeGreaterThan(30);
    expect(bundle.edges.every((e) => e.props.evidenceSources.length > 0)).toBe(true);
  });

  it("accepts a minimal valid file and hashes its content", async () => {
    const rel = `relations:
  - type: PRESENTS_WITH
    from: cond-a
    to: finding-a
    frequency: often
    evidence:
      - source: seed-x
        quote: some words
`;
    const a = await readGraph(await graphWith({ "a.yaml": CONDITION + rel }));
    const b = await readGraph(await graphWith({ "a.yaml": CONDITION + rel.replace("often", "usually") }));
    expect(a.edges).toHaveLength(1);
    expect(a.contentHash).not.toBe(b.contentHash);
  });

  it.each([
    ["a YAML syntax error", "conditions:\n  - id: [unclosed\n", /a\.yaml:\d+: YAML: Flow sequence/],
    [
      "a bad id",
      CONDITION.replace("id: cond-a", "id: Cond A"),
      /a\.yaml:2: conditions\.0\.id: ids are kebab-case/,
    ],
    [
      "an unknown key",
      CONDITION.replace("prevalence: common", "prevalence: common\n    urgncy: x"),
      /a\.yaml:\d+: conditions\.0: Unrecognized key/,
    ],
    [
      "a week outside 1-42",
      CONDITION.replace("prevalence: common", "prevalence: common\n    weeks: { from: 1, to: 43 }"),
      /a\.yaml:7: conditions\.0\.weeks\.to/,
    ],
    [
      "a relationship without evidence",
      `${CONDITION}relations:\n  - type: PRESENTS_WITH\n    from: cond-a\n    to: finding-a\n    frequency: often\n    evidence: []\n`,
      /a\.yaml:\d+: relations\.0\.evidence: every relationship needs at least one source and quote/,
    ],
    [
      "a dangling reference",
      `${CONDITION}relations:\n  - type: PRESENTS_WITH\n    from: cond-a\n    to: nowhere\n    frequency: often\n    evidence:\n      - source: seed-x\n        quote: q\n`,
      /a\.yaml:14: PRESENTS_WITH\.to refers to unknown id "nowhere"/,
    ],
    [
      "a relationship between the wrong kinds",
      `${CONDITION}relations:\n  - type: PRESENTS_WITH\n    from: finding-a\n    to: cond-a\n    frequency: often\n    evidence:\n      - source: seed-x\n        quote: q\n`,
      /a\.yaml:13: PRESENTS_WITH\.from must be CONDITION, but "finding-a" is FINDING/,
    ],
    [
      "a quote from a source without text",
      `${CONDITION}relations:\n  - type: PRESENTS_WITH\n    from: cond-a\n    to: finding-a\n    frequency: often\n    evidence:\n      - source: regulator-x\n        quote: q\n`,
      /has no text file to check a quote against/,
    ],
    [
      "a duplicate id",
      `${CONDITION}  - id: cond-a\n    name: Another\n    type: sign\n`,
      /a\.yaml:11: duplicate id "cond-a" \(first at knowledge\/a\.yaml:2\)/,
    ],
    [
      "a duplicate alias",
      `${CONDITION}  - id: finding-b\n    name: Finding B\n    aliases: [finding a]\n    type: sign\n`,
      /"finding a" names both "finding-a" and "finding-b"/,
    ],
  ])("reports %s with file and line", async (_name, text, expected) => {
    const issues = await issuesOf(await graphWith({ "a.yaml": text }));
    expect(issues.join("\n")).toMatch(expected);
  });
});

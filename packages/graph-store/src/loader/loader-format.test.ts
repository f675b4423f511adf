import { describe, expect, it } from "vitest";
import { readGraph } from "./index";
import { CONDITION, graphWith, issuesOf, PRIORS, SOURCES } from "./test-fixtures";

/** Issue 11's format: source citations, priors, rule-outs, merged ids, study figures, windows. */

const EDGE = (extra: string, source = "regulator-x") => `relations:
  - type: PRESENTS_WITH
    from: cond-a
    to: finding-a
    frequency: often
${extra}    evidence:
      - source: ${source}
        statement: A summary of a study.
        section: Table 2
`;

const SAFETY = (windows: [number, number][], source = "regulator-x") =>
  `safety:\n${windows
    .map(
      ([from, to]) => `  - subject: drug-a
    level: AVOID
    weeks: { from: ${from}, to: ${to} }
    evidence:
      - source: ${source}
        statement: Avoid.
`,
    )
    .join("")}drugs:\n  - id: drug-a\n    name: Drug A\n`;

const EMERGENCY = CONDITION.replace("urgency: urgent", "urgency: emergency");
const RULE_OUT = `    ruleOut:
      text: A normal test rules it out.
      diagnostics: [test-a]
      findings: [finding-a]
      evidence:
        - source: regulator-x
          statement: A summary.
`;
const TEST_A = "diagnostics:\n  - id: test-a\n    name: Test A\n    modality: lab\n";

describe("issue 11 format checks, each reported as file:line: message", () => {
  it.each([
    [
      "a regulator source without body, document or date",
      { "sources.yaml": SOURCES.replace("    body: Agency\n", "").replace('    date: "2020-01-01"\n', "") },
      [
        /sources\.yaml:\d+: sources\.1\.body: a regulator source needs body/,
        /sources\.1\.date: a regulator source needs date/,
      ],
    ],
    [
      "an emergency condition without ruleOut",
      { "a.yaml": EMERGENCY },
      [/a\.yaml:5: conditions\.0\.urgency: an emergency condition needs ruleOut/],
    ],
    [
      "a rule-out naming an unknown diagnostic",
      { "a.yaml": EMERGENCY.replace("    prevalence: common\n", `    prevalence: common\n${RULE_OUT}`) },
      [/a\.yaml:\d+: ruleOut\.diagnostics refers to unknown id "test-a"/],
    ],
    [
      "a condition without a prior",
      { "a.yaml": CONDITION, "priors.yaml": "priors: []\n" },
      [/a\.yaml:2: condition "cond-a" has no prior/],
    ],
    [
      "two priors for one condition",
      { "a.yaml": CONDITION, "priors.yaml": PRIORS + PRIORS.replace("priors:\n", "") },
      [/priors\.yaml:8: a second prior for "cond-a" \(first at knowledge\/priors\.yaml:2\)/],
    ],
    [
      "priors adding up to more than 0.90",
      { "a.yaml": CONDITION, "priors.yaml": PRIORS.replace("value: 0.2", "value: 0.95") },
      [/priors\.yaml:2: the priors add up to 0\.9500, more than 0\.9/],
    ],
    [
      "a prior of 1",
      { "a.yaml": CONDITION, "priors.yaml": PRIORS.replace("value: 0.2", "value: 1") },
      [/priors\.0\.value/],
    ],
    [
      "a former id that is still a live id",
      { "a.yaml": CONDITION.replace("    type: sign\n", "    type: sign\n    formerIds: [cond-a]\n") },
      [/a\.yaml:\d+: former id "cond-a" of "finding-a" is still a live id/],
    ],
    [
      "a reference to a merged id",
      {
        "a.yaml": `${CONDITION.replace("    prevalence: common\n", "    prevalence: common\n    formerIds: [old-a]\n")}relations:\n  - type: PRESENTS_WITH\n    from: old-a\n    to: finding-a\n    frequency: often\n    evidence:\n      - source: regulator-x\n        statement: s\n`,
      },
      [/PRESENTS_WITH\.from refers to "old-a", which was merged into "cond-a": use "cond-a"/],
    ],
    [
      "a sensitivity without statsSource",
      { "a.yaml": CONDITION + EDGE("    sensitivity: 0.8\n") },
      [/relations\.0\.statsSource: sensitivity or specificity needs statsSource/],
    ],
    [
      "a statsSource that is not among the edge's sources",
      { "a.yaml": CONDITION + EDGE("    sensitivity: 0.8\n    statsSource: seed-x\n") },
      [/a\.yaml:\d+: statsSource "seed-x" is not among this edge's evidence sources/],
    ],
    [
      "study figures from a consumer article",
      {
        "a.yaml": (CONDITION + EDGE("    specificity: 0.9\n    statsSource: seed-x\n", "seed-x")).replace(
          "statement: A summary of a study.",
          "quote: words",
        ),
      },
      [/statsSource "seed-x" is a consumer article/],
    ],
    [
      "a sensitivity of 1.2",
      { "a.yaml": CONDITION + EDGE("    sensitivity: 1.2\n    statsSource: regulator-x\n") },
      [/relations\.0\.sensitivity/],
    ],
    [
      "overlapping safety windows from one source",
      {
        "a.yaml":
          CONDITION +
          SAFETY([
            [20, 42],
            [30, 42],
          ]),
      },
      [
        /a\.yaml:\d+: "regulator-x" says two things about "drug-a" in overlapping weeks \(20-42 at knowledge\/a\.yaml:\d+ and 30-42\)/,
      ],
    ],
    [
      "a window inside a wider one (not just the previous one)",
      {
        "a.yaml":
          CONDITION +
          SAFETY([
            [1, 42],
            [5, 10],
            [20, 30],
          ]),
      },
      [/5-10\)/, /20-30\)/],
    ],
  ])("reports %s", async (_name, files, expected) => {
    const issues = (await issuesOf(await graphWith(files))).join("\n");
    for (const pattern of expected) expect(issues).toMatch(pattern);
  });

  it("accepts disjoint windows from one source and stores each statement", async () => {
    const bundle = await readGraph(
      await graphWith({
        "a.yaml":
          CONDITION +
          SAFETY([
            [20, 29],
            [30, 42],
          ]),
      }),
    );
    expect(bundle.edges.filter((e) => e.type === "HAS_SAFETY").map((e) => e.props.id)).toEqual([
      "HAS_SAFETY:drug-a->regulator-x@20-29",
      "HAS_SAFETY:drug-a->regulator-x@30-42",
    ]);
  });

  it("stores priors, rule-outs, citations, sections, lay names, merged ids and study figures", async () => {
    const a = EMERGENCY.replace(
      "    prevalence: common\n",
      `    prevalence: common\n    formerIds: [old-a]\n${RULE_OUT}`,
    )
      .replace("    type: sign\n", "    type: sign\n    layName: What a patient says\n")
      .concat(TEST_A, EDGE("    sensitivity: 0.8\n    specificity: 0.9\n    statsSource: regulator-x\n"));
    const bundle = await readGraph(await graphWith({ "a.yaml": a }));
    const node = (id: string) => bundle.nodes.find((n) => n.id === id)?.props;
    expect(node("cond-a")).toMatchObject({
      prior: 0.2,
      priorBasis: "A test value.",
      priorSources: ["regulator-x"],
      ruleOutText: "A normal test rules it out.",
      ruleOutDiagnostics: ["test-a"],
      ruleOutFindings: ["finding-a"],
      ruleOutEvidenceSources: ["regulator-x"],
      formerIds: ["old-a"],
    });
    expect(node("finding-a")).toMatchObject({ layName: "What a patient says", formerIds: [] });
    expect(node("regulator-x")).toMatchObject({
      sourceKind: "regulator",
      rank: 1,
      body: "Agency",
      document: "A safety communication",
      date: "2020-01-01",
    });
    expect(node("seed-x")).toMatchObject({ rank: 4 });
    expect(bundle.edges[0]?.props).toMatchObject({
      sensitivity: 0.8,
      specificity: 0.9,
      statsSource: "regulator-x",
      evidenceSections: ["Table 2"],
    });
  });
});

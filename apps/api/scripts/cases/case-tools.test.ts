import { describe, expect, it } from "vitest";
import { CaseFileError, type ClinicalCase, parseCaseFile } from "./case-file";
import refusals from "./case-tools.refusals.json";
import type { CaseOutcome } from "./evaluate";
import { reliabilityTable, summarise } from "./metrics";
import { caseLine } from "./report";

/** Case-file lines that must be refused: what the line is, the YAML added to the case, words the error names. */
const REFUSALS = refusals as [what: string, extra: string, message: string][];

const REFS = `references:
  dated: { body: RCOG, document: Antepartum Haemorrhage, number: GTG 63, date: 2011-11, kind: guideline }
  undated: { body: Medscape, document: Abruptio placentae, date: undated, kind: review }
`;

const caseYaml = (overrides: string) => `${REFS}cases:
  - id: a-case
    title: A case with a long enough title
    category: obstetric
    citation: [{ ref: dated, section: "1-2" }]
    basis: "Summary: what the reference says."
    week: 30
    present: [bloody-discharge]
    expected: placental-abruption
    urgency: emergency
${overrides}`;

describe("parseCaseFile", () => {
  it("reads a well-formed case with its defaults", () => {
    const file = parseCaseFile("t.yaml", caseYaml(""));
    expect(file.cases[0]).toMatchObject({
      id: "a-case",
      control: false,
      absent: [],
      alternatives: [],
      dontMiss: [],
    });
    expect(file.references.dated?.date).toBe("2011-11");
  });

  it.each(REFUSALS)("rejects %s, naming the case", (_, extra, message) => {
    expect(() => parseCaseFile("t.yaml", caseYaml(extra))).toThrow(message);
    expect(() => parseCaseFile("t.yaml", caseYaml(extra))).toThrow("a-case");
  });

  it.each([
    ["an unknown reference", "dated", "nowhere", 'unknown reference "nowhere"'],
    ["only undated references", "dated", "undated", "no cited reference carries a date"],
  ])("rejects a citation of %s", (_, from, to, message) => {
    const text = caseYaml("").replace(`ref: ${from},`, `ref: ${to},`);
    expect(() => parseCaseFile("t.yaml", text)).toThrow(CaseFileError);
    expect(() => parseCaseFile("t.yaml", text)).toThrow(message);
  });

  it("reports broken YAML as a case-file error", () => {
    expect(() => parseCaseFile("t.yaml", "cases: [")).toThrow("not valid YAML");
  });
});

const aCase = (over: Partial<ClinicalCase>): ClinicalCase => ({
  id: "c",
  title: "a case title",
  category: "obstetric",
  control: false,
  citation: [{ ref: "dated", section: "1" }],
  basis: "Summary: x",
  week: 30,
  present: ["f"],
  absent: [],
  expected: "x",
  alternatives: ["y"],
  urgency: "emergency",
  dontMiss: ["x"],
  ...over,
});

const outcome = (over: Partial<CaseOutcome>): CaseOutcome => ({
  case: aCase({}),
  unknownIds: [],
  expectedId: "x",
  ran: true,
  rank: 1,
  probability: 0.8,
  acceptedRank: 1,
  leader: { id: "x", probability: 0.8 },
  candidates: [
    { conditionId: "x", probability: 0.8 },
    { conditionId: "z", probability: 0.15 },
  ],
  alarm: "emergency",
  flagAlarm: "emergency",
  alarmBy: ["rf"],
  dontMiss: null,
  dontMissMissed: null,
  ...over,
});

describe("summarise", () => {
  const outcomes = [
    outcome({}),
    outcome({
      rank: 3,
      acceptedRank: 2,
      probability: 0.05,
      alarm: "urgent",
      leader: { id: "z", probability: 0.9 },
    }),
    outcome({
      case: aCase({ control: true, urgency: "none", dontMiss: [] }),
      alarm: "emergency",
      flagAlarm: "soon",
    }),
    outcome({
      case: aCase({ control: true, urgency: "soon", dontMiss: [] }),
      alarm: "soon",
      flagAlarm: "soon",
    }),
    outcome({ ran: false, rank: null, acceptedRank: null, probability: null, candidates: [], alarm: "none" }),
  ];
  const s = summarise(outcomes);

  it("counts ranks with and without the acceptable alternatives", () => {
    expect(s.top1).toEqual({ hit: 3, total: 5 });
    expect(s.top1Strict).toEqual({ hit: 3, total: 5 });
    expect(s.top3).toEqual({ hit: 4, total: 5 });
    expect(s.notRun).toBe(1);
  });

  it("counts red-flag recall on alarming cases and false alarms on controls only", () => {
    expect(s.redFlagRecall).toEqual({ hit: 1, total: 3 });
    expect(s.emergencyRecall).toEqual({ hit: 1, total: 3 });
    expect(s.falseAlarms).toEqual({ hit: 1, total: 2 });
    expect(s.emergencyFalseAlarms).toEqual({ hit: 1, total: 2 });
    expect(s.falseFlagAlarms).toEqual({ hit: 0, total: 2 });
    expect(s.emergencyFalseFlags).toEqual({ hit: 0, total: 2 });
  });

  it("reports the don't-miss lane as unavailable until a case has one, then counts pairs", () => {
    expect(s.dontMissRecall).toBeNull();
    const withLane = summarise([
      outcome({ dontMiss: ["x"], dontMissMissed: [] }),
      outcome({ dontMiss: [], dontMissMissed: ["x"] }),
    ]);
    expect(withLane.dontMissRecall).toEqual({ hit: 1, total: 2 });
  });

  it("bins every listed candidate and counts the expected ones", () => {
    const bins = reliabilityTable([
      outcome({}),
      outcome({ candidates: [{ conditionId: "x", probability: 1 }] }),
    ]);
    expect(bins).toHaveLength(10);
    expect(bins[8]).toMatchObject({ count: 1, hits: 1, observed: 1 });
    expect(bins[9]).toMatchObject({ count: 1, hits: 1, meanPredicted: 1 });
    expect(bins[1]).toMatchObject({ count: 1, hits: 0, observed: 0 });
    expect(bins[0]).toMatchObject({ count: 0, meanPredicted: null, observed: null });
  });
});

describe("caseLine", () => {
  it("marks a missed alarm and an alarm over a control's expectation", () => {
    expect(caseLine(outcome({ alarm: "urgent" }))).toContain("MISSED");
    expect(caseLine(outcome({ case: aCase({ control: true, urgency: "none" }), alarm: "urgent" }))).toContain(
      "OVER",
    );
    expect(caseLine(outcome({ ran: false }))).toContain("NOT RUN");
  });
});

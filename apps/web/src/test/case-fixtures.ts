import type { EvidenceItem, Safety, SafetyStatement } from "../api/types";
import type { Candidate, Contribution, Differential, LinkedSubgraph } from "../differential/case-queries";
import { graphEdge } from "./fixtures";

/** A small differential and candidate neighbourhood in the API's shape, for unit tests. */

const article = {
  id: "seed-002",
  title: "Lower back pain during pregnancy",
  sourceKind: "consumer-article",
  citation: null,
};
const acog = {
  id: "acog",
  title: "ACOG Committee Opinion No. 723",
  sourceKind: "guideline",
  citation: "ACOG CO 723, 2017.",
};

const otherGuideline = {
  id: "test-guideline",
  title: "A second test guideline",
  sourceKind: "guideline",
  citation: null,
};

export const quote: EvidenceItem = { source: article, quote: "the temperature rises;", verbatim: true };

/** A guideline's one-line summary over the whole pregnancy, counted; `fields` says what it says. */
function statement(
  fields: Pick<SafetyStatement, "level" | "quote"> & Partial<SafetyStatement>,
): SafetyStatement {
  return {
    weekFrom: 1,
    weekTo: 42,
    note: null,
    source: acog,
    verbatim: false,
    textKind: "SUMMARY",
    rank: 2,
    body: null,
    document: null,
    number: null,
    date: null,
    section: null,
    viaClass: null,
    counted: true,
    dissents: false,
    ...fields,
  };
}

export const allowed: Safety = {
  level: "ALLOWED",
  conflict: false,
  headlineRank: 2,
  gestationalWeek: 24,
  statements: [statement({ level: "ALLOWED", quote: "Ultrasound is safe." })],
};

export const conflicting: Safety = {
  level: "CONFLICTING",
  conflict: true,
  headlineRank: 2,
  gestationalWeek: 24,
  statements: [
    statement({ level: "CAUTION", quote: "Should not be withheld.", dissents: true }),
    statement({
      level: "CONTRAINDICATED",
      source: otherGuideline,
      quote: "Test data: not to be used.",
      dissents: true,
    }),
  ],
};

export const contraindicated: Safety = { ...conflicting, level: "CONTRAINDICATED", statements: [] };

function candidate(rank: number, id: string, probability: number, extra: Partial<Candidate> = {}): Candidate {
  return {
    rank,
    probability,
    prior: 0.05,
    urgency: "routine",
    inWindow: true,
    capped: false,
    condition: {
      id,
      name: id[0]?.toUpperCase() + id.slice(1),
      aliases: [],
      category: "kidney",
      summary: null,
      priorBasis: null,
    },
    supporting: [],
    opposing: [],
    raisers: [],
    ...extra,
  };
}

/** Fever, present, as the scale weighs it for one candidate. */
function feverContribution(
  fields: Pick<Contribution, "weight" | "likelihoodRatio" | "frequency" | "evoking">,
): Contribution {
  return {
    finding: { id: "fever", name: "Fever" },
    present: true,
    weight: fields.weight,
    likelihoodRatio: fields.likelihoodRatio,
    linkLikelihoodRatio: fields.likelihoodRatio,
    discount: 1,
    origin: "SCALE",
    statsSource: null,
    clamped: false,
    frequency: fields.frequency,
    evoking: fields.evoking,
    evidence: [quote],
  };
}

export const differential: Differential = {
  gestationalWeek: 24,
  trimester: 2,
  otherProbability: 0.01,
  omittedProbability: 0,
  candidates: [
    candidate(1, "pyelonephritis", 0.95, {
      urgency: "urgent",
      supporting: [
        feverContribution({ weight: 2.4, likelihoodRatio: 11.4, frequency: "usually", evoking: "strong" }),
      ],
    }),
    candidate(2, "osteochondrosis", 0.04, {
      opposing: [
        feverContribution({ weight: -2.3, likelihoodRatio: 0.1, frequency: "never", evoking: null }),
      ],
    }),
  ],
  redFlags: [],
  dontMiss: [
    {
      condition: { id: "pyelonephritis", name: "Pyelonephritis" },
      urgency: "urgent",
      probability: 0.95,
      rank: 1,
      reasons: [
        {
          kind: "RULE",
          ruleId: "rf-fever-with-kidney-signs",
          threshold: null,
          message: "Fever with kidney signs.",
        },
        {
          kind: "THRESHOLD",
          ruleId: null,
          threshold: 0.05,
          message: "95% likely, at or above the 5% threshold",
        },
      ],
      findings: [
        {
          finding: { id: "fever", name: "Fever" },
          likelihoodRatio: 11.4,
          ruleIds: ["rf-fever-with-kidney-signs"],
          evidence: [quote],
        },
      ],
      ruleOut: {
        text: "Test data: a clear urine culture.",
        diagnostics: [{ id: "urine-culture", name: "Urine culture", safety: allowed }],
        findings: [{ id: "leukocyturia", name: "Leukocyturia" }],
        evidence: [quote],
      },
    },
  ],
  nextFindings: [
    {
      finding: { id: "leukocyturia", name: "Leukocyturia" },
      expectedInformationGain: 0.1,
      separates: [{ id: "pyelonephritis", name: "Pyelonephritis" }],
    },
    { finding: { id: "fever", name: "Fever" }, expectedInformationGain: 0.05, separates: [] },
  ],
  suggestedDiagnostics: [],
  treatmentSafety: [
    {
      subject: { id: "fluoroquinolones", kind: "DRUG", name: "Fluoroquinolones" },
      conditions: [{ id: "pyelonephritis", name: "P" }],
      safety: contraindicated,
    },
  ],
};

/** A relationship whose evidence is the article's quote. */
const edge = (type: string, source: string, target: string) =>
  graphEdge(type, source, target, { evidence: [quote] });

export const linked: LinkedSubgraph = {
  truncated: false,
  nodes: [
    { id: "pyelonephritis", kind: "CONDITION", name: "Pyelonephritis", aliases: [] },
    { id: "osteochondrosis", kind: "CONDITION", name: "Osteochondrosis", aliases: [] },
    { id: "urinalysis", kind: "DIAGNOSTIC", name: "Urinalysis", aliases: [], safety: allowed },
    { id: "radiography", kind: "DIAGNOSTIC", name: "Radiography", aliases: [], safety: conflicting },
    { id: "fluoroquinolones", kind: "DRUG", name: "Fluoroquinolones", aliases: [], safety: contraindicated },
    { id: "yoga", kind: "INTERVENTION", name: "Yoga", aliases: [], safety: { ...allowed, level: "UNKNOWN" } },
  ],
  // Data rows, one case a line: alike in shape to safety-check.test.ts's node rows, as tables are; no logic
  // repeats.
  edges: [
    edge("EVALUATES", "urinalysis", "pyelonephritis"),
    edge("EVALUATES", "radiography", "osteochondrosis"),
    edge("TREATS", "fluoroquinolones", "pyelonephritis"),
    edge("PREVENTS", "yoga", "osteochondrosis"),
    edge("ALTERNATIVE_TO", "urinalysis", "radiography"),
  ],
};

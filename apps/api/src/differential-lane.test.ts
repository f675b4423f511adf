import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi } from "./test-helpers";

const LANE = /* GraphQL */ `
  query Lane($input: DifferentialInput!) {
    differential(input: $input) {
      candidates { rank probability condition { id } }
      redFlags { id urgency trigger conditions { id } }
      dontMiss {
        condition { id name } urgency probability rank
        reasons { kind ruleId threshold message }
        findings { finding { id } likelihoodRatio ruleIds evidence { quote verbatim source { id } } }
        ruleOut { text diagnostics { id } findings { id } evidence { quote verbatim source { id } } }
      }
    }
  }
`;

interface Lane {
  candidates: { rank: number; probability: number; condition: { id: string } }[];
  redFlags: { id: string; urgency: string; trigger: string; conditions: { id: string }[] }[];
  dontMiss: {
    condition: { id: string };
    urgency: string;
    probability: number;
    rank: number | null;
    reasons: { kind: string; ruleId: string | null; threshold: number | null; message: string }[];
    findings: {
      finding: { id: string };
      likelihoodRatio: number | null;
      ruleIds: string[];
      evidence: unknown[];
    }[];
  }[];
}

let api: Awaited<ReturnType<typeof createTestApi>>;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.store.close());

async function lane(present: string[], week?: number, absent: string[] = []): Promise<Lane> {
  const { body } = await api.gql(LANE, { input: { present, absent, gestationalWeek: week } });
  expect(body.errors).toBeUndefined();
  return body.data.differential;
}

describe("the don't-miss lane", () => {
  it("keeps preterm labour open at 32 weeks with contractions, with its rule and the finding behind it", async () => {
    const d = await lane(["regular-increasing-contractions", "low-back-pain"], 32);
    const preterm = d.dontMiss.find((e) => e.condition.id === "preterm-labour");
    expect(preterm?.urgency).toBe("emergency");
    expect(
      preterm?.reasons.some((r) => r.kind === "RULE" && r.ruleId === "rf-contractions-before-term"),
    ).toBe(true);
    const contractions = preterm?.findings.find((f) => f.finding.id === "regular-increasing-contractions");
    expect(contractions?.ruleIds).toContain("rf-contractions-before-term");
    expect(contractions?.evidence.length).toBeGreaterThan(0);
    const ranked = d.candidates.find((c) => c.condition.id === "preterm-labour");
    expect(preterm?.rank).toBe(ranked?.rank);
    expect(preterm?.probability).toBe(ranked?.probability);
  });

  it.each([
    { present: ["fever", "dysuria", "unilateral-pain"], week: 24 },
    { present: ["bloody-discharge", "lower-abdominal-pain"], week: 8 },
    { present: ["bloody-discharge", "lower-abdominal-pain"], week: 34 },
    { present: ["hard-uterus", "pulling-pain"], week: 30 },
    { present: ["fluid-discharge"], week: 30 },
  ])("agrees with the red flags for $present at week $week", async ({ present, week }) => {
    const d = await lane(present, week);
    const inLane = new Set(d.dontMiss.map((e) => e.condition.id));
    for (const flag of d.redFlags.filter((f) => f.trigger === "candidate")) {
      for (const c of flag.conditions) expect(inLane.has(c.id), `${flag.id}`).toBe(true);
    }
    expect(d.dontMiss.length).toBeGreaterThan(0);
    for (const entry of d.dontMiss) {
      expect(["urgent", "emergency"]).toContain(entry.urgency);
      expect(entry.reasons.length).toBeGreaterThan(0);
      expect(entry.findings.length).toBeGreaterThan(0);
      for (const reason of entry.reasons) {
        if (reason.kind === "THRESHOLD")
          expect(entry.probability).toBeGreaterThanOrEqual(reason.threshold ?? 1);
        else expect(d.redFlags.map((f) => f.id)).toContain(reason.ruleId);
      }
    }
  });

  it("keeps nothing open for a benign presentation", async () => {
    const d = await lane(["relieved-by-lying-down", "worse-with-movement"], 24, ["fever"]);
    expect(d.dontMiss).toEqual([]);
  });
});

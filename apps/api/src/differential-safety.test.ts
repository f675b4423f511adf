import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi } from "./test-helpers";

let api: Awaited<ReturnType<typeof createTestApi>>;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.store.close());

describe("safety of drugs and tests", () => {
  const SAFETY = /* GraphQL */ `
    query Safety($id: ID!, $week: Int) {
      node(id: $id) {
        ... on Drug { safety(gestationalWeek: $week) { ...Verdict } }
        ... on Diagnostic { safety(gestationalWeek: $week) { ...Verdict } }
        ... on Intervention { safety(gestationalWeek: $week) { ...Verdict } }
      }
    }
    fragment Verdict on Safety {
      level conflict headlineRank gestationalWeek
      statements { ...Said }
      dissent { ...Said }
      sources { source { id } rank level about { id } }
    }
    fragment Said on SafetyStatement {
      level weekFrom weekTo quote verbatim textKind rank sourceKind title body document number date section
      counted dissents source { id sourceKind } viaClass { id }
    }
  `;
  const safety = async (id: string, week?: number) =>
    (await api.gql(SAFETY, { id, week })).body.data.node.safety;

  // The issue-11 contract's verdicts on the curated graph: the headline, whether any source
  // disagrees, and the rank the headline is read from.
  it.each([
    { id: "ibuprofen", week: 24, level: "AVOID", conflict: true, rank: 1 },
    { id: "nsaids", week: 32, level: "CONTRAINDICATED", conflict: false, rank: 1 },
    { id: "ibuprofen", week: 32, level: "CONTRAINDICATED", conflict: true, rank: 1 },
    { id: "metamizole", week: 32, level: "CONTRAINDICATED", conflict: true, rank: 1 },
    { id: "magnesium-sulfate", week: 30, level: "CAUTION", conflict: true, rank: 1 },
    { id: "radiography", week: 24, level: "CAUTION", conflict: true, rank: 2 },
    { id: "ct-spine", week: 24, level: "CAUTION", conflict: true, rank: 2 },
    { id: "nitrofurantoin", week: 39, level: "CONTRAINDICATED", conflict: false, rank: 1 },
    { id: "nitrofurantoin", week: 20, level: "ALLOWED", conflict: false, rank: 2 },
    { id: "trimethoprim", week: 8, level: "AVOID", conflict: false, rank: 2 },
    { id: "low-dose-aspirin", week: 16, level: "ALLOWED", conflict: false, rank: 1 },
    { id: "paracetamol", week: 24, level: "CAUTION", conflict: true, rank: 1 },
    { id: "pelvic-ultrasound", week: 24, level: "ALLOWED", conflict: false, rank: 2 },
    { id: "mri", week: 24, level: "ALLOWED", conflict: false, rank: 2 },
    { id: "fluoroquinolones", week: 24, level: "AVOID", conflict: true, rank: 1 },
    { id: "terbutaline", week: 30, level: "CONTRAINDICATED", conflict: true, rank: 1 },
    { id: "vaginal-examination", week: 32, level: "CONTRAINDICATED", conflict: false, rank: 3 },
    { id: "bed-rest", week: 30, level: "AVOID", conflict: true, rank: 2 },
  ])(
    "$id at week $week: $level (conflict $conflict, rank $rank)",
    async ({ id, week, level, conflict, rank }) => {
      expect(await safety(id, week)).toMatchObject({ level, conflict, headlineRank: rank });
    },
  );

  it("never reads tetracyclines after 15 weeks, or gadolinium, as usable", async () => {
    for (const [id, week] of [
      ["tetracyclines", 20],
      ["gadolinium-contrast-mri", 24],
    ] as const) {
      expect(["AVOID", "CONTRAINDICATED"]).toContain((await safety(id, week)).level);
    }
  });

  it("reads the regulator's class warning as the headline for ibuprofen gel, the article dissenting", async () => {
    const s = await safety("ibuprofen-gel", 24);
    expect(s).toMatchObject({ level: "AVOID", conflict: true, headlineRank: 1 });
    expect(s.statements[0]).toMatchObject({
      rank: 1,
      level: "AVOID",
      viaClass: { id: "nsaids" },
      source: { id: "fda-nsaids-2020" },
      textKind: "SUMMARY",
      counted: true,
      dissents: false,
    });
    const dissent = s.dissent.map((x: { source: { id: string }; level: string }) => [x.source.id, x.level]);
    expect(dissent).toContainEqual(["seed-002", "ALLOWED"]);
    expect(s.dissent.every((x: { dissents: boolean; rank: number }) => x.dissents && x.rank > 1)).toBe(true);
    const ranks = s.statements.map((x: { rank: number }) => x.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("applies week windows: the FDA's NSAID warning from 20 weeks is absent at week 12", async () => {
    const early = await safety("nsaids", 12);
    const late = await safety("nsaids", 24);
    const sources = (s: { statements: { source: { id: string } }[] }) => s.statements.map((x) => x.source.id);
    expect(sources(early)).not.toContain("fda-nsaids-2020");
    expect(sources(late)).toContain("fda-nsaids-2020");
  });

  it("radiography is ACOG's CAUTION, the article's CONTRAINDICATED kept as dissent, the guideline marked a summary", async () => {
    const s = await safety("radiography", 24);
    expect(s).toMatchObject({ level: "CAUTION", conflict: true, headlineRank: 2 });
    const acog = s.statements.find((x: { source: { id: string } }) => x.source.id === "acog-co-723-2017");
    expect(acog).toMatchObject({
      verbatim: false,
      textKind: "SUMMARY",
      rank: 2,
      sourceKind: "professional-body",
      number: "723",
      date: "2017-10",
    });
    expect(acog.title).toMatch(/Committee Opinion No. 723/);
    expect(acog.body).toMatch(/American College of Obstetricians and Gynecologists/);
    expect(acog.document).toMatch(/Committee Opinion/);
    expect(acog.section).toMatch(/\w/);
    const article = s.dissent.find((x: { source: { id: string } }) => x.source.id === "seed-002");
    expect(article).toMatchObject({ level: "CONTRAINDICATED", verbatim: true, textKind: "QUOTE", rank: 4 });
    expect(s.sources.map((v: { source: { id: string }; rank: number }) => [v.source.id, v.rank])).toEqual([
      ["acog-co-723-2017", 2],
      ["seed-002", 4],
    ]);
  });

  it("ultrasound is allowed, and a bad week is refused", async () => {
    expect((await safety("pelvic-ultrasound", 24)).level).toBe("ALLOWED");
    const { body } = await api.gql(SAFETY, { id: "radiography", week: 50 });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

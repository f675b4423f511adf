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
    expect(acog).toMatchObject({ verbatim: false, textKind: "SUMMARY", rank: 2, sourceKind: "guideline" });
    expect(acog.title).toMatch(/\w{5}/);
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

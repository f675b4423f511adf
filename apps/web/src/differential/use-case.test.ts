import { describe, expect, it } from "vitest";
import type { CaseDifferentialQuery } from "../api/gql/graphql";
import { toCandidateIds, toCaseGraphVariables } from "./use-case";

const answer = (ids: string[]) =>
  ({
    differential: { candidates: ids.map((id) => ({ condition: { id } })) },
  }) as unknown as CaseDifferentialQuery;

describe("the case graph asked for as the differential arrives", () => {
  it("names the candidates in the ranking's order", () => {
    expect(toCandidateIds(answer(["pyelonephritis", "uti", "renal-colic"]))).toEqual([
      "pyelonephritis",
      "uti",
      "renal-colic",
    ]);
    expect(toCandidateIds(null)).toEqual([]);
  });

  it("asks with the variables the page's own query uses, so the page finds it in flight", () => {
    expect(toCaseGraphVariables(["pyelonephritis"], ["urinalysis"], 24)).toEqual({
      candidates: ["pyelonephritis"],
      expand: ["urinalysis"],
      hasExpand: true,
      week: 24,
    });
    expect(toCaseGraphVariables(["pyelonephritis"], [], null)).toEqual({
      candidates: ["pyelonephritis"],
      expand: [],
      hasExpand: false,
      week: null,
    });
  });

  it("asks nothing without candidates", () => {
    expect(toCaseGraphVariables([], ["urinalysis"], 24)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { GraphNode } from "../api/types";
import { fever, osteochondrosis, pyelonephritis, urinalysis } from "../test/fixtures";
import { toDetailRows, toSummary } from "./node-details";

const source: GraphNode = {
  id: "fda-nsaids",
  kind: "SOURCE",
  name: "FDA NSAID warning",
  aliases: [],
  title: "FDA recommends avoiding NSAIDs at 20 weeks",
  sourceKind: "regulator",
  publisher: "FDA",
  date: null,
  url: "https://example.org/fda",
  citation: null,
};

describe("toDetailRows", () => {
  it.each([
    [
      "a condition without weeks",
      pyelonephritis,
      [
        { label: "Category", value: "kidney" },
        { label: "Urgency", value: "urgent" },
        { label: "Prevalence", value: "uncommon" },
      ],
    ],
    ["a finding", fever, [{ label: "Type", value: "sign" }]],
    ["a diagnostic", urinalysis, [{ label: "Modality", value: "lab" }]],
    [
      "a source with a link",
      source,
      [
        { label: "Title", value: "FDA recommends avoiding NSAIDs at 20 weeks" },
        { label: "Source kind", value: "regulator" },
        { label: "Publisher", value: "FDA" },
        { label: "Link", value: "https://example.org/fda", href: "https://example.org/fda" },
      ],
    ],
  ])("lists the fields of %s", (_name, node, rows) => {
    expect(toDetailRows(node)).toEqual(rows);
  });

  it("shows a condition's typical gestational weeks as a range", () => {
    expect(toDetailRows(osteochondrosis)).toContainEqual({ label: "Typical weeks", value: "20–40" });
  });
});

describe("toSummary", () => {
  it("gives the summary, or null for sources and nodes without one", () => {
    expect(toSummary(pyelonephritis)).toBe("Infection of the kidney.");
    expect(toSummary(fever)).toBeNull();
    expect(toSummary(source)).toBeNull();
  });
});

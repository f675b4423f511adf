import { SAFETY_LEVELS } from "@bpx/domain";
import { describe, expect, it } from "vitest";
import { allowed, conflicting } from "../test/case-fixtures";
import { itReads } from "../test/it-reads";
import {
  compareSafety,
  isUnsafe,
  SAFETY_VISUALS,
  toCitationLine,
  toHeadlineNote,
  toNoteIdTokens,
  toRankLabel,
  toReadableNote,
  toSafetyPattern,
  toSafetyPhrase,
  toSourceKindLabel,
  toWeekRange,
} from "./safety";

describe("safety visuals", () => {
  it("gives every level its own words, symbol and colour", () => {
    const visuals = SAFETY_LEVELS.map((level) => SAFETY_VISUALS[level]);
    for (const key of ["label", "symbol", "color"] as const) {
      expect(new Set(visuals.map((visual) => visual[key])).size).toBe(SAFETY_LEVELS.length);
    }
  });

  it("orders the most worrying levels first", () => {
    expect([...SAFETY_LEVELS].sort(compareSafety).join(" > ")).toBe(
      "CONTRAINDICATED > CONFLICTING > AVOID > CAUTION > UNKNOWN > ALLOWED",
    );
  });

  it.each([
    ["CONTRAINDICATED", true],
    ["AVOID", true],
    ["CONFLICTING", false],
    ["CAUTION", false],
  ] as const)("%s is unsafe: %s", (level, expected) => {
    expect(isUnsafe(level)).toBe(expected);
  });
});

describe("toSafetyPhrase", () => {
  it.each([
    ["ALLOWED", 24, "Allowed at week 24"],
    ["CONFLICTING", 24, "Conflicting at week 24: equally ranked sources disagree"],
    ["AVOID", null, "Avoid in pregnancy"],
    ["UNKNOWN", 24, "Not rated by any source in the graph"],
  ] as const)("%s at %s", (level, week, phrase) => {
    expect(toSafetyPhrase(level, week)).toBe(phrase);
  });
});

describe("labels", () => {
  it("names source kinds in words", () => {
    expect(toSourceKindLabel("consumer-article")).toBe("Consumer article");
    expect(toSourceKindLabel("guideline")).toBe("Clinical guideline");
    expect(toSourceKindLabel("other")).toBe("other");
  });

  it.each([
    [1, 42, "whole pregnancy"],
    [20, 42, "from week 20"],
    [1, 19, "weeks 1–19"],
    [12, 12, "week 12"],
  ])("weeks %d-%d read %s", (weekFrom, weekTo, text) => {
    expect(toWeekRange({ weekFrom, weekTo })).toBe(text);
  });
});

describe("ranks, citations and the headline note", () => {
  itReads(toRankLabel, [
    [1, "Rank 1 (regulator)"],
    [2, "Rank 2 (guideline or professional body)"],
    [4, "Rank 4 (consumer article)"],
    [7, "Rank 7 (unranked)"],
  ]);

  it("cites body, document, number, date and section in one line, skipping what is missing", () => {
    const full = {
      body: "FDA",
      document: "Drug Safety Communication",
      number: "12",
      date: "2020-10-15",
      section: "Advice",
    };
    expect(toCitationLine(full)).toBe("FDA · Drug Safety Communication · No. 12 · 2020-10-15 · § Advice");
    expect(toCitationLine({ ...full, number: null, section: null })).toBe(
      "FDA · Drug Safety Communication · 2020-10-15",
    );
    expect(toCitationLine({ body: null, document: null, number: null, date: null, section: null })).toBe("");
  });

  it("says where the headline comes from and who disagrees", () => {
    expect(toHeadlineNote(allowed)).toBe(
      "Read from rank 2 (guideline or professional body); every source agrees",
    );
    expect(toHeadlineNote(conflicting)).toBe(
      "Read from rank 2 (guideline or professional body): sources of that rank split between usable and not usable",
    );
    const [first, second] = conflicting.statements;
    if (!first || !second) throw new Error("fixture");
    const dissent = {
      ...conflicting,
      level: "CAUTION" as const,
      statements: [
        { ...first, dissents: false },
        { ...second, dissents: true },
      ],
    };
    expect(toHeadlineNote(dissent)).toBe(
      "Read from rank 2 (guideline or professional body); 1 source disagrees (shown below)",
    );
    expect(toHeadlineNote({ ...allowed, headlineRank: null })).toBeNull();
    const { statements: _omitted, ...headline } = dissent;
    expect(toHeadlineNote(headline)).toBe(
      "Read from rank 2 (guideline or professional body); some sources disagree",
    );
  });
});

describe("notes never show raw ids", () => {
  it("names the ids a note cites and leaves other words alone", () => {
    const names = new Map([["seed-002", "Lower back pain during pregnancy"]]);
    expect(
      toReadableNote("The NSAID statements (seed-002, FDA) reach it; low-dose aspirin aside.", names),
    ).toBe(
      "The NSAID statements (“Lower back pain during pregnancy”, FDA) reach it; low-dose aspirin aside.",
    );
    expect(toNoteIdTokens(["seed-000 rules out massage; seed-002", null, "seed-002"])).toEqual([
      "seed-000",
      "seed-002",
    ]);
  });
});

describe("toSafetyPattern", () => {
  it("patterns every level but allowed, each differently, so colour is never alone", () => {
    expect(toSafetyPattern("ALLOWED")).toBeNull();
    const patterns = SAFETY_LEVELS.filter((level) => level !== "ALLOWED").map((level) =>
      toSafetyPattern(level),
    );
    expect(patterns.every((pattern) => pattern?.startsWith("data:image/svg+xml;utf8,"))).toBe(true);
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});

import { describe, expect, it } from "vitest";
import { type CaseState, EMPTY_CASE, MAX_FINDINGS } from "./case-state";
import type { CaseInterpretation, FindingMention } from "./case-types";
import { describeMerge, describeReading, mergeReading, toNoteSegments } from "./note-reading";

const NOTE =
  "G2P1 at 28+2/40. Right loin pain and fever with rigors, vomitting and naseua. No vaginal bleeding, denies dysuria.";

/** Spans are found in the note, so the fixture cannot drift from the text it claims to read. */
function span(text: string, from = 0) {
  const start = NOTE.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in the note`);
  return { start, end: start + text.length, text };
}

const FEVER = { id: "fever", name: "Fever" };
const RIGORS = { id: "rigors", name: "Rigors" };
const RIGHT = { id: "right-sided-pain", name: "Right-sided back pain" };
const VOMITING = { id: "vomiting", name: "Vomiting" };
const BLEEDING = { id: "bloody-discharge", name: "Bloody vaginal discharge or spotting" };
const DYSURIA = { id: "dysuria", name: "Painful urination" };

function mention(finding: { id: string; name: string }, text: string, present = true): FindingMention {
  return {
    finding,
    phrase: finding.name,
    present,
    qualifiers: [],
    laterality: null,
    span: span(text),
    negation: null,
  };
}

const NASEUA = {
  span: span("naseua"),
  suggestions: ["nausea"],
  findings: [{ id: "nausea", name: "Nausea" }],
};

/** What the API answers for NOTE on the curated graph (recorded from `interpretCase`). */
const READING: CaseInterpretation = {
  present: [RIGHT, FEVER, RIGORS, VOMITING],
  absent: [BLEEDING, DYSURIA],
  gestationalWeek: 28,
  gestationalDays: 2,
  gestationalAge: { week: 28, days: 2, error: null, span: span("28+2/40") },
  mentions: [
    { ...mention(RIGHT, "Right loin pain"), laterality: "RIGHT" },
    mention(FEVER, "fever"),
    mention(RIGORS, "rigors"),
    mention(VOMITING, "vomitting"),
    { ...mention(BLEEDING, "vaginal bleeding", false), negation: span("No") },
    { ...mention(DYSURIA, "dysuria", false), negation: span("denies") },
  ],
  unrecognizedWords: [NASEUA],
  warnings: [],
};

describe("mergeReading", () => {
  it("fills an empty case: present and absent chips, the week and days", () => {
    const merge = mergeReading(EMPTY_CASE, READING);
    expect(merge.state).toMatchObject({
      present: ["right-sided-pain", "fever", "rigors", "vomiting"],
      absent: ["bloody-discharge", "dysuria"],
      week: 28,
      days: 2,
    });
    expect(merge.week).toEqual({ kind: "applied", week: 28, days: 2, previous: null });
    expect(merge.kept).toEqual([]);
  });

  it("keeps the clinician's chips, adds beside them and reports a disagreement without applying it", () => {
    const entered: CaseState = { ...EMPTY_CASE, present: ["low-back-pain", "dysuria"], absent: ["fever"] };
    const merge = mergeReading(entered, READING);
    expect(merge.state.present).toEqual([
      "low-back-pain",
      "dysuria",
      "right-sided-pain",
      "rigors",
      "vomiting",
    ]);
    expect(merge.state.absent).toEqual(["fever", "bloody-discharge"]);
    expect(merge.kept).toEqual([
      { finding: FEVER, enteredPresent: false },
      { finding: DYSURIA, enteredPresent: true },
    ]);
    expect(describeMerge(merge)).toBe(
      "Added 4 findings to the case. Fever is entered as absent but the note reads it present: kept as entered. " +
        "Painful urination is entered as present but the note reads it absent: kept as entered. Week set to 28+2.",
    );
  });

  it("keeps the other case settings and says when the note changes the week", () => {
    const entered: CaseState = { ...EMPTY_CASE, week: 24, days: null, layout: "force", view: "table" };
    const merge = mergeReading(entered, READING);
    expect(merge.state).toMatchObject({ week: 28, days: 2, layout: "force", view: "table" });
    expect(describeMerge(merge)).toContain("Week changed from 24 to 28+2.");
  });

  it("reads the same note twice without adding anything the second time", () => {
    const once = mergeReading(EMPTY_CASE, READING).state;
    const twice = mergeReading(once, READING);
    expect(twice.state).toEqual(once);
    expect(twice.week).toEqual({ kind: "same", week: 28, days: 2 });
    expect(describeMerge(twice)).toBe("No new findings to add.");
  });

  it("never applies a refused week: the case keeps its own and the API's message is shown", () => {
    const message = '"45 weeks" is outside weeks 1-42; no gestational week was taken.';
    const refused: CaseInterpretation = {
      ...READING,
      gestationalWeek: null,
      gestationalDays: null,
      gestationalAge: { week: null, days: null, error: message, span: span("28+2/40") },
    };
    const merge = mergeReading({ ...EMPTY_CASE, week: 30 }, refused);
    expect(merge.state.week).toBe(30);
    expect(merge.week).toEqual({ kind: "refused", message });
    expect(describeMerge(merge)).toContain(message);
    expect(mergeReading(EMPTY_CASE, refused).state.week).toBeNull();
  });

  it("leaves the week alone when the note gives none", () => {
    const merge = mergeReading({ ...EMPTY_CASE, week: 30, days: 1 }, { ...READING, gestationalAge: null });
    expect(merge.state).toMatchObject({ week: 30, days: 1 });
    expect(merge.week).toEqual({ kind: "none" });
  });

  it("stops at the API's limit of findings and names what it left out", () => {
    const many = Array.from({ length: MAX_FINDINGS - 2 }, (_, index) => `f${index}`);
    const merge = mergeReading({ ...EMPTY_CASE, present: many }, READING);
    expect(merge.state.present.length + merge.state.absent.length).toBe(MAX_FINDINGS);
    expect(merge.full.map((finding) => finding.id)).toEqual([
      "rigors",
      "vomiting",
      "bloody-discharge",
      "dysuria",
    ]);
    expect(describeMerge(merge)).toContain(
      "Not added, the case holds 100 findings at most: Rigors, Vomiting",
    );
  });
});

describe("describeReading", () => {
  it("counts findings by polarity, the week and the words not recognised", () => {
    expect(describeReading(READING)).toBe(
      "Read 6 findings: 4 present, 2 absent; week 28+2; 1 word not recognised.",
    );
  });

  it("says when nothing was read and when the week was refused", () => {
    const empty: CaseInterpretation = {
      ...READING,
      present: [],
      absent: [],
      mentions: [],
      gestationalAge: { week: null, days: null, error: "refused", span: span("28+2/40") },
      unrecognizedWords: [NASEUA, NASEUA],
    };
    expect(describeReading(empty)).toBe("Read no findings; week refused; 2 words not recognised.");
  });
});

describe("toNoteSegments", () => {
  it("cuts the note at every span, in order, and loses no character", () => {
    const segments = toNoteSegments(NOTE, READING);
    expect(segments.map((segment) => segment.text).join("")).toBe(NOTE);
    expect(segments.filter((segment) => segment.kind !== "text").map((s) => [s.kind, s.text])).toEqual([
      ["week", "28+2/40"],
      ["mention", "Right loin pain"],
      ["mention", "fever"],
      ["mention", "rigors"],
      ["mention", "vomitting"],
      ["unknown", "naseua"],
      ["mention", "vaginal bleeding"],
      ["mention", "dysuria"],
    ]);
    const bleeding = segments.find((s) => s.kind === "mention" && s.text === "vaginal bleeding");
    expect(bleeding?.kind === "mention" && bleeding.mention.present).toBe(false);
  });

  it("leaves overlapping spans and spans that no longer match the note as plain text", () => {
    const overlapping: CaseInterpretation = {
      ...READING,
      mentions: [mention(RIGHT, "Right loin pain"), { ...mention(FEVER, "fever"), span: span("loin") }],
      unrecognizedWords: [{ span: { start: 0, end: 4, text: "XXXX" }, suggestions: [], findings: [] }],
      gestationalAge: null,
    };
    const marked = toNoteSegments(NOTE, overlapping).filter((segment) => segment.kind !== "text");
    expect(marked.map((segment) => segment.text)).toEqual(["Right loin pain"]);
    expect(
      toNoteSegments(NOTE, overlapping)
        .map((s) => s.text)
        .join(""),
    ).toBe(NOTE);
  });

  it("shows a note with nothing read as one plain segment", () => {
    const nothing: CaseInterpretation = {
      ...READING,
      mentions: [],
      unrecognizedWords: [],
      gestationalAge: null,
    };
    expect(toNoteSegments("hello", nothing)).toEqual([{ kind: "text", text: "hello" }]);
  });
});

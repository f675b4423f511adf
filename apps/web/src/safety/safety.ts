import type { SafetyLevel } from "@bpx/domain";
import type { SafetyHeadline, SafetyStatement } from "../api/types";

export interface SafetyVisual {
  /** Plain words; always shown with the colour, which never carries the meaning alone. */
  label: string;
  /** A symbol that differs per level, for the graph's labels and the badges. */
  symbol: string;
  /** Fill in the graph and the legend (Okabe-Ito based, distinct for colour-blind readers). */
  color: string;
  /** Badge text and background, with at least 4.5:1 contrast. */
  ink: string;
  tint: string;
}

export const SAFETY_VISUALS: Record<SafetyLevel, SafetyVisual> = {
  ALLOWED: { label: "Allowed", symbol: "✓", color: "#009E73", ink: "#065f46", tint: "#d1fae5" },
  CAUTION: { label: "Caution", symbol: "!", color: "#E69F00", ink: "#7c4a03", tint: "#fef3c7" },
  AVOID: { label: "Avoid", symbol: "⚠", color: "#D55E00", ink: "#9a3412", tint: "#ffedd5" },
  CONTRAINDICATED: {
    label: "Contraindicated",
    symbol: "✕",
    color: "#B91C1C",
    ink: "#991b1b",
    tint: "#fee2e2",
  },
  CONFLICTING: { label: "Conflicting", symbol: "⇄", color: "#7C3AED", ink: "#5b21b6", tint: "#ede9fe" },
  UNKNOWN: { label: "Not rated", symbol: "?", color: "#9CA3AF", ink: "#374151", tint: "#f3f4f6" },
};

/**
 * The pattern drawn over each level's fill, so a level never rests on its colour alone: none for
 * allowed, stripes one way for caution, the other way for avoid, a cross-hatch for contraindicated,
 * vertical bars for conflicting and dots when no source rates it. White on the fill, 16 px tiles.
 */
const SAFETY_PATTERNS: Record<SafetyLevel, string> = {
  ALLOWED: "",
  CAUTION: '<path d="M-4 4l8-8M0 16L16 0M12 20l8-8" stroke="#fff" stroke-width="2.5"/>',
  AVOID: '<path d="M-4 12l8 8M0 0l16 16M12-4l8 8" stroke="#fff" stroke-width="2.5"/>',
  CONTRAINDICATED:
    '<path d="M0 0l16 16M16 0L0 16M-4 12l8 8M12-4l8 8M-4 4l8-8M12 20l8-8" stroke="#fff" stroke-width="1.8"/>',
  CONFLICTING: '<path d="M4 0v16M12 0v16" stroke="#fff" stroke-width="2.5"/>',
  UNKNOWN: '<circle cx="4" cy="4" r="2" fill="#fff"/><circle cx="12" cy="12" r="2" fill="#fff"/>',
};

/** The level's 16 px tile as SVG markup (for an exported drawing's <pattern>); null for allowed. */
export function toSafetyTile(level: SafetyLevel): string | null {
  const pattern = SAFETY_PATTERNS[level];
  return pattern === "" ? null : `<g opacity="0.75">${pattern}</g>`;
}

/**
 * The level's pattern as an SVG data URI, tiled over the fill in the legend (CSS) and the drawing
 * (Cytoscape background-image); null for allowed, which is plain.
 */
export function toSafetyPattern(level: SafetyLevel, tiles = 1): string | null {
  const pattern = SAFETY_PATTERNS[level];
  if (pattern === "") return null;
  const size = 16 * tiles;
  const body = Array.from({ length: tiles * tiles }, (_, i) => {
    const x = (i % tiles) * 16;
    const y = Math.floor(i / tiles) * 16;
    return `<g transform="translate(${x} ${y})" opacity="0.75">${pattern}</g>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><defs><clipPath id="c"><rect width="${size}" height="${size}"/></clipPath></defs><g clip-path="url(#c)">${body}</g></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** Most worrying first, so lists put what must not be missed at the top. */
const SEVERITY: readonly SafetyLevel[] = [
  "CONTRAINDICATED",
  "CONFLICTING",
  "AVOID",
  "CAUTION",
  "UNKNOWN",
  "ALLOWED",
];

export function compareSafety(a: SafetyLevel, b: SafetyLevel): number {
  return SEVERITY.indexOf(a) - SEVERITY.indexOf(b);
}

/** Levels that mean "do not give (or do) without thinking twice"; drawn as contraindicated edges. */
export function isUnsafe(level: SafetyLevel): boolean {
  return level === "CONTRAINDICATED" || level === "AVOID";
}

/** "Allowed at week 24", "Conflicting at week 24: equally ranked sources disagree", "Not rated by any source". */
export function toSafetyPhrase(level: SafetyLevel, week: number | null): string {
  if (level === "UNKNOWN") return "Not rated by any source in the graph";
  const when = week === null ? "in pregnancy" : `at week ${week}`;
  const base = `${SAFETY_VISUALS[level].label} ${when}`;
  return level === "CONFLICTING" ? `${base}: equally ranked sources disagree` : base;
}

const RANK_LABELS: Record<number, string> = {
  1: "regulator",
  2: "guideline or professional body",
  3: "textbook, review or study",
  4: "consumer article",
};

/** "Rank 1 (regulator)": where a source stands in the order the headline is read from. */
export function toRankLabel(rank: number): string {
  return `Rank ${rank} (${RANK_LABELS[rank] ?? "unranked"})`;
}

/**
 * Where the headline comes from and who disagrees, e.g. "Read from rank 1 (regulator); 1 source
 * disagrees (shown below)". Without the statements (a headline alone), "some sources disagree".
 * Null when no source speaks.
 */
export function toHeadlineNote(
  safety: SafetyHeadline & { statements?: Pick<SafetyStatement, "dissents" | "source">[] },
): string | null {
  if (safety.headlineRank === null) return null;
  const from = `Read from ${toRankLabel(safety.headlineRank).toLowerCase()}`;
  if (!safety.conflict) return `${from}; every source agrees`;
  if (safety.level === "CONFLICTING")
    return `${from}: sources of that rank split between usable and not usable`;
  if (safety.statements === undefined) return `${from}; some sources disagree`;
  const dissenting = new Set(safety.statements.filter((s) => s.dissents).map((s) => s.source.id)).size;
  return `${from}; ${dissenting === 1 ? "1 source disagrees" : `${dissenting} sources disagree`} (shown below)`;
}

/** "FDA · Drug Safety Communication · No. 123 · 2020-10-15 · § Recommendations": the citation in one line. */
export function toCitationLine(
  statement: Pick<SafetyStatement, "body" | "document" | "number" | "date" | "section">,
): string {
  const parts = [
    statement.body,
    statement.document,
    statement.number && `No. ${statement.number}`,
    statement.date,
    statement.section && `§ ${statement.section}`,
  ];
  return parts.filter((part): part is string => typeof part === "string" && part.length > 0).join(" · ");
}

const SOURCE_KIND_LABELS: Record<string, string> = {
  "consumer-article": "Consumer article",
  regulator: "Regulator",
  guideline: "Clinical guideline",
  "professional-body": "Professional body",
  "teratology-service": "Teratology information service",
  "systematic-review": "Systematic review",
  "observational-study": "Observational study",
  trial: "Trial",
  textbook: "Textbook",
};

/** "consumer-article" -> "Consumer article"; unknown kinds are shown as they come. */
export function toSourceKindLabel(kind: string): string {
  return SOURCE_KIND_LABELS[kind] ?? kind;
}

/** "weeks 1–42", "week 20", "from week 20". */
export function toWeekRange({ weekFrom, weekTo }: Pick<SafetyStatement, "weekFrom" | "weekTo">): string {
  if (weekFrom === weekTo) return `week ${weekFrom}`;
  if (weekTo >= 42) return weekFrom <= 1 ? "whole pregnancy" : `from week ${weekFrom}`;
  return `weeks ${weekFrom}–${weekTo}`;
}

/** A kebab-case token that may be a node id (curators' notes cite sources by id, e.g. "seed-002"). */
const ID_TOKEN = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g;

/** The id-like tokens of some notes, once each, for a look-up of their names. */
export function toNoteIdTokens(notes: readonly (string | null)[]): string[] {
  const tokens = new Set<string>();
  for (const note of notes) for (const match of note?.matchAll(ID_TOKEN) ?? []) tokens.add(match[0]);
  return [...tokens];
}

/** The ids a safety's statements name themselves: their sources (by title) and the classes they come through. */
export function toStatementNames(statements: readonly SafetyStatement[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of statements) {
    names.set(statement.source.id, statement.source.title);
    if (statement.viaClass) names.set(statement.viaClass.id, statement.viaClass.name);
  }
  return names;
}

/**
 * A curator's note with every id it cites replaced by that node's name ("The NSAID statements
 * (seed-002, FDA)" names the article), so readers never see raw ids; other words stay as written.
 */
export function toReadableNote(note: string, names: ReadonlyMap<string, string>): string {
  return note.replace(ID_TOKEN, (token) => {
    const name = names.get(token);
    return name === undefined ? token : `“${name}”`;
  });
}

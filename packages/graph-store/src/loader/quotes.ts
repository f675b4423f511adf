import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GraphBundle, Origin } from "./bundle";
import { EVIDENCE_PREFIXES } from "./props";

/** Folds only what the issue allows: runs of whitespace, and typographic quotes and apostrophes. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

export interface QuoteProblem extends Origin {
  sourceId: string;
  quote: string;
  message: string;
}

/**
 * Checks that every verbatim quote appears word for word in the text file of the source it cites
 * (files under `seedsDir`). Returns the problems; an empty list means every quote was found.
 */
export async function verifyQuotes(
  bundle: GraphBundle,
  seedsDir: string,
): Promise<{ checked: number; problems: QuoteProblem[] }> {
  const texts = new Map<string, string>();
  const problems: QuoteProblem[] = [];
  for (const node of bundle.nodes) {
    if (node.kind !== "SOURCE" || typeof node.props.file !== "string") continue;
    try {
      texts.set(node.id, normaliseForQuote(await readFile(join(seedsDir, node.props.file), "utf8")));
    } catch {
      problems.push({
        ...node.origin,
        sourceId: node.id,
        quote: "",
        message: `cannot read ${node.props.file} in ${seedsDir}`,
      });
    }
  }
  const items = [
    ...bundle.nodes.map((n) => ({ origin: n.origin, props: n.props })),
    ...bundle.edges.map((e) => ({ origin: e.origin, props: e.props })),
    ...bundle.redFlags.map((f) => ({ origin: f.origin, props: f.props })),
  ];
  let checked = 0;
  for (const { origin, props } of items) {
    for (const prefix of EVIDENCE_PREFIXES) {
      const sources = (props[`${prefix}Sources`] as string[] | undefined) ?? [];
      const quotes = (props[`${prefix}Quotes`] as string[] | undefined) ?? [];
      const verbatim = (props[`${prefix}Verbatim`] as boolean[] | undefined) ?? [];
      sources.forEach((sourceId, i) => {
        if (verbatim[i] === false) return;
        const quote = quotes[i] ?? "";
        const text = texts.get(sourceId);
        if (text === undefined) return;
        checked++;
        if (!text.includes(normaliseForQuote(quote))) {
          problems.push({
            ...origin,
            sourceId,
            quote,
            message: `quote not found verbatim in ${sourceId}: "${quote}"`,
          });
        }
      });
    }
  }
  return { checked, problems };
}

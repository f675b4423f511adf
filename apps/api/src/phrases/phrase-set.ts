import { readFile } from "node:fs/promises";
import { isNodeKind, type NodeKind } from "@bpx/domain";
import { parse } from "yaml";
import { z } from "zod";

/** One expected id, or alternatives written "a|b" (either satisfies it). */
export type Expected = string[];

/** One phrase of graph/phrases/*.yaml with what it must resolve to (see graph/phrases/README.md). */
export interface PhraseCase {
  category: string;
  text: string;
  /** Search: one of these first; null when the entry does not test search. */
  search: Expected | null;
  kinds: NodeKind[] | null;
  notIn: string[];
  /** interpretCase: null when the entry does not test it. */
  interpret: {
    present: Expected[];
    absent: Expected[];
    week: number | null;
    days: number | null;
    weekError: boolean;
  } | null;
}

const ids = z.array(z.string().min(1));
const Entry = z
  .object({
    text: z.string().min(1),
    find: z.string().min(1).optional(),
    present: ids.optional(),
    absent: ids.optional(),
    search: ids.optional(),
    kinds: z.array(z.string().refine(isNodeKind, "not a node kind")).optional(),
    notIn: ids.optional(),
    week: z.number().int().nullable().optional(),
    days: z.number().int().nullable().optional(),
    weekError: z.boolean().optional(),
  })
  .strict();
const File = z.record(z.string(), z.array(Entry));

const alternatives = (id: string): Expected => id.split("|").map((s) => s.trim());

/** Reads and checks one phrase file; every entry must test something. */
export async function readPhraseSet(path: string): Promise<PhraseCase[]> {
  const file = File.parse(parse(await readFile(path, "utf8")));
  return Object.entries(file).flatMap(([category, entries]) =>
    entries.map((e) => {
      const interprets =
        e.find !== undefined || e.present || e.absent || e.week !== undefined || e.weekError !== undefined;
      const search = e.search ?? (e.find ? alternatives(e.find) : null);
      if (!interprets && !search) throw new Error(`${path}: "${e.text}" tests nothing`);
      return {
        category,
        text: e.text,
        search: search ? search.flatMap(alternatives) : null,
        kinds: (e.kinds as NodeKind[] | undefined) ?? (e.find && !e.search ? ["FINDING"] : null),
        notIn: e.notIn ?? [],
        interpret: interprets
          ? {
              present: e.find ? [alternatives(e.find)] : (e.present ?? []).map(alternatives),
              absent: (e.absent ?? []).map(alternatives),
              week: e.week ?? null,
              days: e.days ?? null,
              weekError: e.weekError ?? false,
            }
          : null,
      };
    }),
  );
}

/** Every id a case names (alternatives included). */
export function idsOf(c: PhraseCase): string[] {
  return [
    ...(c.search ?? []),
    ...c.notIn,
    ...(c.interpret ? [...c.interpret.present.flat(), ...c.interpret.absent.flat()] : []),
  ];
}

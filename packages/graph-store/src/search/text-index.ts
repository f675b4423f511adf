import {
  buildLexicon,
  createSpeller,
  type GraphNode,
  type Interpretation,
  interpretNote,
  type Lexicon,
  type NodeKind,
  prepareQuery,
} from "@bpx/domain";
import { detached } from "../abort";
import { toGraphNode } from "../mapping";
import { GET_META } from "../queries";
import { type CypherRunner, eachRow } from "../runner";
import { searchFullText } from "./fulltext";
import { countWords, createNodeIndex } from "./minisearch-index";
import { ALL_ENTITIES } from "./queries-search";
import type { RankedHit } from "./rank";

export interface TextIndexOptions {
  /**
   * Called once each build is done: at start-up and after every reload the load stamp shows,
   * whoever made it. A build reads every node; the API gives that garbage back here.
   */
  onBuilt?: () => void;
}

interface Built {
  /** The in-process index: the embedded engine only (Neo4j searches its full-text index). */
  index: ReturnType<typeof createNodeIndex> | null;
  lexicon: Lexicon;
  /** Spelling correction over every node's words, for search text. */
  correct: (word: string) => string | null;
}

const text = (v: unknown) => (typeof v === "string" ? v : "");

/** The note lexicon from the graph's findings; the words of every other node are known words. */
export function lexiconFromNodes(nodes: readonly GraphNode[]): Lexicon {
  const findings = nodes
    .filter((n) => n.kind === "FINDING")
    .map((n) => ({ id: n.id, name: n.name, aliases: n.aliases, layName: text(n.props.layName) || null }));
  const others = nodes.filter((n) => n.kind !== "FINDING").flatMap((n) => [n.name, ...n.aliases]);
  return buildLexicon(findings, others);
}

/**
 * The search (MiniSearch on the embedded engine; on Neo4j its full-text index, with the same query
 * preparation and the same speller) and the note lexicon, built from the store's nodes and rebuilt when the graph's
 * load stamp (content hash and load time of the `Meta` marker) changes. Each call reads the
 * stamp (one small query), so a reload by another process is seen at the next request; concurrent
 * callers share one build.
 */
export function createTextIndex(runner: CypherRunner, options: TextIndexOptions = {}) {
  let current: { stamp: string; built: Promise<Built> } | null = null;

  async function build(): Promise<Built> {
    // A bulk read (every node), streamed and not bound by a request's time limit: on a large graph
    // on a cold Neo4j it outlived the API's 10 s limit and the index was never built.
    const nodes: GraphNode[] = [];
    await eachRow(runner, ALL_ENTITIES, {}, (row) => {
      nodes.push(toGraphNode(row.node));
    });
    const index = runner.engine === "embedded" ? createNodeIndex(nodes) : null;
    const lexicon = lexiconFromNodes(nodes);
    const speller = createSpeller(countWords(nodes));
    const correct = (word: string) => (lexicon.known.has(word) ? null : speller.correct(word));
    return { index, lexicon, correct };
  }

  async function get(): Promise<Built> {
    const [row] = await runner.run(GET_META);
    const stamp = row ? `${String(row.contentHash)}@${String(row.loadedAt)}` : "unloaded";
    if (current?.stamp !== stamp) {
      // Shared by every caller: not tied to the request that happened to ask first.
      const built = detached(build);
      current = { stamp, built };
      built.then(
        () => options.onBuilt?.(),
        () => {
          if (current?.built === built) current = null;
        },
      );
    }
    return current.built;
  }

  return {
    /** Ranked hits for a search text (see `prepareQuery`), best first. */
    async search(textToFind: string, kinds: readonly NodeKind[] | null, first: number): Promise<RankedHit[]> {
      const { index, correct } = await get();
      const query = prepareQuery(textToFind, correct);
      return index ? index.search(query, kinds, first) : searchFullText(runner, query, kinds, first);
    },

    /** Builds the index and the lexicon now (at start-up), so the first request does not wait. */
    async warmUp(): Promise<void> {
      await get();
    },

    /** Reads a clinician's note against the graph's findings (see `interpretNote`). */
    async interpret(note: string): Promise<Interpretation> {
      const { lexicon } = await get();
      return interpretNote(note, lexicon);
    },
  };
}

import type { NodeKind, RelationType } from "@bpx/domain";

/** Where an item came from, for error messages. */
export interface Origin {
  file: string;
  line: number;
}

export interface NodeRecord {
  id: string;
  kind: NodeKind;
  /** Everything stored on the node, common fields included. */
  props: Record<string, unknown>;
  origin: Origin;
}

export interface EdgeRecord {
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, unknown> & {
    id: string;
    evidenceSources: string[];
    evidenceQuotes: string[];
    evidenceVerbatim: boolean[];
    /** Present on every edge the loader builds; optional for hand-made bundles (benchmarks). */
    evidenceSections?: string[];
  };
  origin: Origin;
}

export interface RedFlagRecord {
  id: string;
  props: Record<string, unknown>;
  origin: Origin;
}

/** Everything a load writes, validated and flattened to what the store stores. */
export interface GraphBundle {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  redFlags: RedFlagRecord[];
  /** A hash of the source files, so a store knows whether it holds this exact content. */
  contentHash: string;
}

export interface ValidationIssue extends Origin {
  message: string;
}

export class GraphValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(
      `The curated graph has ${issues.length} error(s):\n${issues
        .map((i) => `  ${i.file}:${i.line}: ${i.message}`)
        .join("\n")}`,
    );
    this.name = "GraphValidationError";
    this.issues = issues;
  }
}

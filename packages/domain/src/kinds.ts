/** The kinds of node in the knowledge graph, as exposed by the API. */
export const NODE_KINDS = ["CONDITION", "FINDING", "DIAGNOSTIC", "DRUG", "INTERVENTION", "SOURCE"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The Neo4j label each kind is stored under (every node also carries `Entity`). */
export const KIND_LABELS = {
  CONDITION: "Condition",
  FINDING: "Finding",
  DIAGNOSTIC: "Diagnostic",
  DRUG: "Drug",
  INTERVENTION: "Intervention",
  SOURCE: "Source",
} as const satisfies Record<NodeKind, string>;

export type KindLabel = (typeof KIND_LABELS)[NodeKind];

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === "string" && (NODE_KINDS as readonly string[]).includes(value);
}

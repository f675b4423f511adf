import type {
  EdgeFieldsFragment,
  EvidenceFieldsFragment,
  ExplorerNeighborhoodQuery,
  ExplorerSearchQuery,
  NodeFieldsFragment,
  SafetyFieldsFragment,
  SafetyHeadlineFieldsFragment,
  SourceFieldsFragment,
} from "./gql/graphql";

/**
 * The app's names for the shapes its shared queries return. Every field comes from the types
 * generated from the schema and the documents (src/api/gql); only what the schema cannot say is
 * added here.
 */

export type SourceRef = SourceFieldsFragment;
export type EvidenceItem = EvidenceFieldsFragment;
export type Safety = SafetyFieldsFragment;
export type SafetyStatement = Safety["statements"][number];
/** The headline alone, without the statements: what the case graph and its lists need. */
export type SafetyHeadline = SafetyHeadlineFieldsFragment;

/** The GraphQL type of each node kind: the API always sets `kind` to match, which the SDL cannot say. */
interface KindOfType {
  Condition: "CONDITION";
  Finding: "FINDING";
  Diagnostic: "DIAGNOSTIC";
  Drug: "DRUG";
  Intervention: "INTERVENTION";
  Source: "SOURCE";
}

/**
 * A node of `NodeFields` with `kind` narrowed to its type, so a switch on it reaches the kind's
 * fields. Safety is optional: drawings and tests also hold rated nodes whose verdict was not asked.
 */
type ToGraphNode<T> = T extends { __typename: infer Type extends keyof KindOfType }
  ? Omit<T, "__typename" | "kind" | "safety"> & { kind: KindOfType[Type] } & (T extends { safety: infer S }
        ? { safety?: S }
        : unknown)
  : never;

export type GraphNode = ToGraphNode<NodeFieldsFragment>;
export type GraphEdge = EdgeFieldsFragment;

export type Subgraph = Omit<ExplorerNeighborhoodQuery["neighborhood"], "nodes"> & { nodes: GraphNode[] };

export type SearchHit = ExplorerSearchQuery["search"][number];
/** The few fields a search hit needs to be listed. */
export type NodeSummary = SearchHit["node"];

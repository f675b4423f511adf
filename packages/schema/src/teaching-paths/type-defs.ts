/** Teaching paths in the public schema. Field names are a contract: add freely, never rename. */
export const teachingPathTypeDefs = /* GraphQL */ `
  "Who the API takes the caller to be, from the Authorization: Bearer token (none: ANONYMOUS)."
  enum ViewerRole {
    ANONYMOUS
    READER
    EDUCATOR
    ADMIN
  }

  "The caller, so a client can show or hide editing."
  type Viewer {
    role: ViewerRole!
    "A display name derived from the role and a hash of the token; never the token."
    name: String!
    "True for educators and admins: they may create and edit teaching paths and see drafts."
    canEditTeachingPaths: Boolean!
  }

  enum TeachingPathStatus {
    "Visible to educators and admins only."
    DRAFT
    "Visible to everyone."
    PUBLISHED
  }

  "A saved differential case: pass it to Query.differential as DifferentialInput, or read differential here."
  type TeachingCase {
    present: [ID!]!
    absent: [ID!]!
    gestationalWeek: Int
    presentFindings: [Finding!]!
    absentFindings: [Finding!]!
    "The differential for this case, computed now from the current graph."
    differential: Differential!
  }

  "One step of a teaching path: a node or a relationship of the graph, annotated."
  type TeachingStep {
    "Stable across edits, so clients can key and link steps."
    id: ID!
    "0-based place in the path."
    position: Int!
    "The node the step shows (set when edgeId is not)."
    nodeId: ID
    "The relationship the step shows, TYPE:from->to (set when nodeId is not)."
    edgeId: ID
    "The node, or null when it is not in the graph (any more)."
    node: Node
    "The relationship, or null when it is not in the graph (any more)."
    edge: Edge
    case: TeachingCase
    "Markdown, returned verbatim and never rendered here. Render it with renderAnnotation from @bpx/domain, which escapes HTML and drops unsafe links."
    annotation: String!
    question: String
    "The answer to question; clients reveal it on demand."
    answer: String
  }

  "An educator's ordered, annotated walk through the graph."
  type TeachingPath {
    id: ID!
    title: String!
    summary: String!
    audience: String!
    "The viewer name of the educator who created it."
    author: String!
    status: TeachingPathStatus!
    "1 at creation, +1 per change. Send it back as expectedVersion to change the path."
    version: Int!
    "ISO 8601."
    createdAt: String!
    "ISO 8601; lists are ordered by it, newest first."
    updatedAt: String!
    "When it was last published; null for drafts."
    publishedAt: String
    steps: [TeachingStep!]!
    stepCount: Int!
  }

  type TeachingPathEdge {
    cursor: String!
    node: TeachingPath!
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  "A page of teaching paths, newest change first (Relay connection)."
  type TeachingPathConnection {
    edges: [TeachingPathEdge!]!
    pageInfo: PageInfo!
    "Paths matching the filters (all pages)."
    totalCount: Int!
  }

  input TeachingCaseInput {
    "Finding ids present (at least one; at most 100 present and absent together)."
    present: [ID!]!
    absent: [ID!] = []
    "Gestational week, 1 to 42."
    gestationalWeek: Int
  }

  "A step as written. Give exactly one of nodeId and edgeId."
  input TeachingStepInput {
    "An existing step's id, to keep it when editing; leave out for a new step."
    id: ID
    nodeId: ID
    edgeId: ID
    case: TeachingCaseInput
    "Markdown, at most 20,000 characters (may be empty in a draft)."
    annotation: String! = ""
    question: String
    "Needs a question."
    answer: String
  }

  input CreateTeachingPathInput {
    "1 to 200 characters."
    title: String!
    summary: String = ""
    audience: String = ""
    "At most 200."
    steps: [TeachingStepInput!] = []
  }

  "Fields to change; those left out keep their value. steps replaces the whole ordered list (add, remove, reorder and edit in one change)."
  input TeachingPathPatch {
    title: String
    summary: String
    audience: String
    steps: [TeachingStepInput!]
  }

  extend type Query {
    "The caller's role, from the bearer token."
    viewer: Viewer!
    "Teaching paths, newest change first. Anonymous and reader clients see published paths only."
    teachingPaths(
      "1 to 50."
      first: Int = 20
      "The endCursor of the previous page."
      after: String
      status: TeachingPathStatus
      "Case-insensitive text in the title or summary."
      search: String
    ): TeachingPathConnection!
    "One path, or null when there is none or the caller may not see it (drafts)."
    teachingPath(id: ID!): TeachingPath
    "The path as a JSON document in the format bpx.teaching-path, version 1 (see packages/schema/README.md)."
    exportTeachingPath(id: ID!): String!
  }

  """
  Every mutation needs Authorization: Bearer <token> with the educator or admin role
  (UNAUTHENTICATED without a valid token, FORBIDDEN for readers). Changes to an existing path
  name the version they were made from and get CONFLICT when it is stale.
  """
  type Mutation {
    "A new draft, version 1."
    createTeachingPath(input: CreateTeachingPathInput!): TeachingPath!
    updateTeachingPath(id: ID!, expectedVersion: Int!, patch: TeachingPathPatch!): TeachingPath!
    "Makes the path visible to everyone; it needs at least one step and every step annotated."
    publishTeachingPath(id: ID!, expectedVersion: Int!): TeachingPath!
    unpublishTeachingPath(id: ID!, expectedVersion: Int!): TeachingPath!
    "A new draft with the same content and fresh ids, authored by the caller."
    duplicateTeachingPath(id: ID!): TeachingPath!
    "Returns the id of the deleted path."
    deleteTeachingPath(id: ID!, expectedVersion: Int!): ID!
    "A new draft from a bpx.teaching-path document (JSON text), checked like createTeachingPath."
    importTeachingPath(document: String!): TeachingPath!
  }
`;

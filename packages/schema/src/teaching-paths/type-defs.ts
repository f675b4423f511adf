/** Teaching paths in the public schema. Field names are a contract: add freely, never rename. */
export const teachingPathTypeDefs = /* GraphQL */ `
  "Who the API takes the caller to be, from the Authorization: Bearer token (none: ANONYMOUS)."
  enum ViewerRole {
    "No token: reads published paths."
    ANONYMOUS
    "A reader token: the same rights as anonymous, but named."
    READER
    "Creates, edits and publishes teaching paths; sees drafts."
    EDUCATOR
    "Everything an educator can do."
    ADMIN
  }

  "The caller, so a client can show or hide editing."
  type Viewer {
    "The role of the bearer token, ANONYMOUS without one."
    role: ViewerRole!
    "A display name derived from the role and a hash of the token; never the token."
    name: String!
    "True for educators and admins: they may create and edit teaching paths and see drafts."
    canEditTeachingPaths: Boolean!
  }

  "Whether a teaching path is visible to everyone."
  enum TeachingPathStatus {
    "Visible to educators and admins only."
    DRAFT
    "Visible to everyone."
    PUBLISHED
  }

  "A saved differential case: pass it to Query.differential as DifferentialInput, or read differential here."
  type TeachingCase {
    "Ids of findings present."
    present: [ID!]!
    "Ids of findings absent."
    absent: [ID!]!
    "Gestational week, 1 to 42, or null."
    gestationalWeek: Int
    "The present findings that are in the graph."
    presentFindings: [Finding!]!
    "The absent findings that are in the graph."
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
    "A case to run the differential on at this step, if any."
    case: TeachingCase
    "Markdown, returned verbatim and never rendered here. Render it with renderAnnotation from @bpx/domain, which escapes HTML and drops unsafe links."
    annotation: String!
    "A question for the learner, if any."
    question: String
    "The answer to question; clients reveal it on demand."
    answer: String
  }

  "An educator's ordered, annotated walk through the graph."
  type TeachingPath {
    "Stable id of the path."
    id: ID!
    "1 to 200 characters."
    title: String!
    "What the path teaches (may be empty)."
    summary: String!
    "Who it is for, free text (may be empty)."
    audience: String!
    "The viewer name of the educator who created it."
    author: String!
    "DRAFT or PUBLISHED."
    status: TeachingPathStatus!
    "1 at creation, +1 per change. Send it back as expectedVersion to change the path."
    version: Int!
    "ISO 8601."
    createdAt: String!
    "ISO 8601; lists are ordered by it, newest first."
    updatedAt: String!
    "When it was last published; null for drafts."
    publishedAt: String
    "The steps in order."
    steps: [TeachingStep!]!
    "How many steps."
    stepCount: Int!
    "Whether the caller may change it: its author (an educator) or any admin."
    canEdit: Boolean!
  }

  "One write to a teaching path, as the audit log keeps it (admins only)."
  type AuditEntry {
    "Stable id of the entry."
    id: ID!
    "When, ISO 8601."
    at: String!
    "Who: a stable id per token (never the token), e.g. educator-1a2b3c4d; system for shipped paths."
    actorId: String!
    "Their display name at the time."
    actorName: String!
    "create, import, duplicate, update, publish, unpublish, delete or seed."
    action: String!
    "The path written."
    pathId: ID!
    "Its title at the time."
    pathTitle: String!
    "The version the write produced; 0 for a delete."
    version: Int!
  }

  "One teaching path in a page, with its cursor."
  type TeachingPathEdge {
    "Opaque; pass it as after to get the next page from here."
    cursor: String!
    "The path."
    node: TeachingPath!
  }

  "Where a page of a connection ends (Relay)."
  type PageInfo {
    "True when there are more items after this page."
    hasNextPage: Boolean!
    "The cursor of the last item of the page; null when the page is empty."
    endCursor: String
  }

  "A page of teaching paths, newest change first (Relay connection)."
  type TeachingPathConnection {
    "The page, in order."
    edges: [TeachingPathEdge!]!
    "Where the page ends."
    pageInfo: PageInfo!
    "Paths matching the filters (all pages)."
    totalCount: Int!
  }

  "A differential case saved in a step."
  input TeachingCaseInput {
    "Finding ids present (at least one; at most 100 present and absent together)."
    present: [ID!]!
    "Finding ids absent."
    absent: [ID!] = []
    "Gestational week, 1 to 42."
    gestationalWeek: Int
  }

  "A step as written. Give exactly one of nodeId and edgeId."
  input TeachingStepInput {
    "An existing step's id, to keep it when editing; leave out for a new step."
    id: ID
    "The id of a node of the graph."
    nodeId: ID
    "The id of a relationship, TYPE:from->to."
    edgeId: ID
    "A case to run the differential on at this step."
    case: TeachingCaseInput
    "Markdown, at most 20,000 characters (may be empty in a draft)."
    annotation: String! = ""
    "A question for the learner, at most 2,000 characters."
    question: String
    "Needs a question."
    answer: String
  }

  "A new teaching path."
  input CreateTeachingPathInput {
    "1 to 200 characters."
    title: String!
    "What the path teaches."
    summary: String = ""
    "Who it is for."
    audience: String = ""
    "At most 200."
    steps: [TeachingStepInput!] = []
  }

  "Fields to change; those left out keep their value. steps replaces the whole ordered list (add, remove, reorder and edit in one change)."
  input TeachingPathPatch {
    "1 to 200 characters."
    title: String
    "What the path teaches."
    summary: String
    "Who it is for."
    audience: String
    "The whole new ordered list of steps."
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
      "Only paths with this status (drafts need an educator or admin)."
      status: TeachingPathStatus
      "Case-insensitive text in the title or summary."
      search: String
    ): TeachingPathConnection!
    "One path, or null when there is none or the caller may not see it (drafts)."
    teachingPath("The path's id." id: ID!): TeachingPath
    "The path as a JSON document in the format bpx.teaching-path, version 1 (see packages/schema/README.md)."
    exportTeachingPath("The path's id." id: ID!): String!
    "Every write to teaching paths, newest first: who, what, when and the version. Admins only."
    teachingPathAudit(
      "1 to 200."
      first: Int = 50
      "Only the entries for this path."
      pathId: ID
    ): [AuditEntry!]!
  }

  """
  Every mutation needs Authorization: Bearer <token> with the educator or admin role
  (UNAUTHENTICATED without a valid token, FORBIDDEN for readers). Changes to an existing path
  name the version they were made from and get CONFLICT when it is stale; an educator changes only
  the paths they created (FORBIDDEN otherwise), an admin any, the shipped ones included. Every
  write leaves an audit entry (teachingPathAudit).
  """
  type Mutation {
    "A new draft, version 1."
    createTeachingPath("The new path." input: CreateTeachingPathInput!): TeachingPath!
    "Changes a path's fields; its status stays."
    updateTeachingPath(
      "The path's id." id: ID!
      "The version the change was made from; CONFLICT when it is stale." expectedVersion: Int!
      "The fields to change."
      patch: TeachingPathPatch!
    ): TeachingPath!
    "Makes the path visible to everyone; it needs at least one step and every step annotated."
    publishTeachingPath("The path's id." id: ID!, "The version the change was made from; CONFLICT when it is stale." expectedVersion: Int!): TeachingPath!
    "Makes the path a draft again, visible to educators and admins only."
    unpublishTeachingPath("The path's id." id: ID!, "The version the change was made from; CONFLICT when it is stale." expectedVersion: Int!): TeachingPath!
    "A new draft with the same content and fresh ids, authored by the caller."
    duplicateTeachingPath("The path's id." id: ID!): TeachingPath!
    "Returns the id of the deleted path."
    deleteTeachingPath("The path's id." id: ID!, "The version the change was made from; CONFLICT when it is stale." expectedVersion: Int!): ID!
    "A new draft from a bpx.teaching-path document (JSON text), checked like createTeachingPath."
    importTeachingPath("The JSON document, as exportTeachingPath returns it." document: String!): TeachingPath!
  }
`;

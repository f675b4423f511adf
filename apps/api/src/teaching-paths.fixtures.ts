/** GraphQL documents and inputs the teaching-path tests share. */

export const PATH_FIELDS = /* GraphQL */ `
  fragment PathFields on TeachingPath {
    id title summary audience author status version createdAt updatedAt publishedAt stepCount
    steps {
      id position nodeId edgeId annotation question answer
      case { present absent gestationalWeek }
    }
  }
`;

export const CREATE = /* GraphQL */ `
  mutation Create($input: CreateTeachingPathInput!) {
    createTeachingPath(input: $input) { ...PathFields }
  }
  ${PATH_FIELDS}
`;

export const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $expectedVersion: Int!, $patch: TeachingPathPatch!) {
    updateTeachingPath(id: $id, expectedVersion: $expectedVersion, patch: $patch) { ...PathFields }
  }
  ${PATH_FIELDS}
`;

export const GET = /* GraphQL */ `
  query Get($id: ID!) { teachingPath(id: $id) { ...PathFields } }
  ${PATH_FIELDS}
`;

export const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $status: TeachingPathStatus, $search: String) {
    teachingPaths(first: $first, after: $after, status: $status, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title status version updatedAt } }
    }
  }
`;

export const EXPORT = /* GraphQL */ `
  query Export($id: ID!) { exportTeachingPath(id: $id) }
`;

export const IMPORT = /* GraphQL */ `
  mutation Import($document: String!) { importTeachingPath(document: $document) { ...PathFields } }
  ${PATH_FIELDS}
`;

const VERSIONED = (name: string) => /* GraphQL */ `
  mutation M($id: ID!, $expectedVersion: Int!) { ${name}(id: $id, expectedVersion: $expectedVersion) { id status version publishedAt } }
`;
export const PUBLISH = VERSIONED("publishTeachingPath");
export const UNPUBLISH = VERSIONED("unpublishTeachingPath");
export const DELETE = /* GraphQL */ `
  mutation Delete($id: ID!, $expectedVersion: Int!) { deleteTeachingPath(id: $id, expectedVersion: $expectedVersion) }
`;
export const DUPLICATE = /* GraphQL */ `
  mutation Duplicate($id: ID!) { duplicateTeachingPath(id: $id) { ...PathFields } }
  ${PATH_FIELDS}
`;

/** A valid path: a node step with a question, an edge step with a case. */
export const sampleInput = (title = "Kidney or spine?") => ({
  title,
  summary: "Telling pyelonephritis from osteochondrosis.",
  audience: "midwives",
  steps: [
    {
      nodeId: "unilateral-pain",
      annotation: "One-sided pain decides *nothing* on its own.",
      question: "What next?",
      answer: "Ask about fever.",
    },
    {
      edgeId: "PRESENTS_WITH:osteochondrosis->fever",
      annotation: "> never accompanied by fever;",
      case: { present: ["low-back-pain", "worse-with-movement"], absent: ["fever"], gestationalWeek: 24 },
    },
  ],
});

/** The teaching-path operations the paths pages send through the /graphql proxy. */

export const VIEWER_FIELDS = /* GraphQL */ `role name canEditTeachingPaths`;

const SUMMARY_FIELDS = /* GraphQL */ `
  id title summary audience author status version updatedAt publishedAt stepCount canEdit
`;

const PATH_FIELDS = /* GraphQL */ `
  ${SUMMARY_FIELDS}
  steps {
    id position nodeId edgeId annotation question answer
    node { id kind name }
    edge { id type source target }
    case {
      present absent gestationalWeek
      presentFindings { id name }
      absentFindings { id name }
    }
  }
`;

export const VIEWER_QUERY = /* GraphQL */ `query PathsViewer { viewer { ${VIEWER_FIELDS} } }`;

export const PATH_LIST_QUERY = /* GraphQL */ `
  query TeachingPathList($first: Int, $after: String, $status: TeachingPathStatus, $search: String) {
    teachingPaths(first: $first, after: $after, status: $status, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${SUMMARY_FIELDS} } }
    }
  }
`;

export const PATH_QUERY = /* GraphQL */ `
  query TeachingPath($id: ID!) { teachingPath(id: $id) { ${PATH_FIELDS} } }
`;

/** Just the nodes and relationships a path drawing needs; the explorer's query carries far more. */
export const PATH_NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query PathNeighborhood($ids: [ID!]!) {
    neighborhood(ids: $ids, depth: 1) {
      truncated
      nodes { id kind name }
      edges { id type source target frequency }
    }
  }
`;

export const CREATE_PATH_MUTATION = /* GraphQL */ `
  mutation CreateTeachingPath($input: CreateTeachingPathInput!) {
    createTeachingPath(input: $input) { ${PATH_FIELDS} }
  }
`;

export const UPDATE_PATH_MUTATION = /* GraphQL */ `
  mutation UpdateTeachingPath($id: ID!, $expectedVersion: Int!, $patch: TeachingPathPatch!) {
    updateTeachingPath(id: $id, expectedVersion: $expectedVersion, patch: $patch) { ${PATH_FIELDS} }
  }
`;

export const PUBLISH_PATH_MUTATION = /* GraphQL */ `
  mutation PublishTeachingPath($id: ID!, $expectedVersion: Int!) {
    publishTeachingPath(id: $id, expectedVersion: $expectedVersion) { ${PATH_FIELDS} }
  }
`;

export const UNPUBLISH_PATH_MUTATION = /* GraphQL */ `
  mutation UnpublishTeachingPath($id: ID!, $expectedVersion: Int!) {
    unpublishTeachingPath(id: $id, expectedVersion: $expectedVersion) { ${PATH_FIELDS} }
  }
`;

export const DUPLICATE_PATH_MUTATION = /* GraphQL */ `
  mutation DuplicateTeachingPath($id: ID!) { duplicateTeachingPath(id: $id) { id title } }
`;

export const DELETE_PATH_MUTATION = /* GraphQL */ `
  mutation DeleteTeachingPath($id: ID!, $expectedVersion: Int!) {
    deleteTeachingPath(id: $id, expectedVersion: $expectedVersion)
  }
`;

export const EXPORT_PATH_QUERY = /* GraphQL */ `
  query ExportTeachingPath($id: ID!) { exportTeachingPath(id: $id) }
`;

export const IMPORT_PATH_MUTATION = /* GraphQL */ `
  mutation ImportTeachingPath($document: String!) { importTeachingPath(document: $document) { id title } }
`;

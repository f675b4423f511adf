/** The teaching-path operations the paths pages send through the /graphql proxy. */

import { graphql } from "../api/gql";
import type {
  CreateTeachingPathInput,
  PathFieldsFragment,
  PathNeighborhoodQuery,
  PathSummaryFieldsFragment,
  TeachingCaseInput,
  TeachingPathStatus,
  TeachingStepInput,
  ViewerFieldsFragment,
} from "../api/gql/graphql";

export const ViewerDocument = graphql(`query PathsViewer { viewer { ...ViewerFields } }`);

export const PathListDocument = graphql(`
  query TeachingPathList($first: Int, $after: String, $status: TeachingPathStatus, $search: String) {
    teachingPaths(first: $first, after: $after, status: $status, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...PathSummaryFields } }
    }
  }
`);

export const PathDocument = graphql(`
  query TeachingPath($id: ID!) { teachingPath(id: $id) { ...PathFields } }
`);

/** Just the nodes and relationships a path drawing needs; the explorer's query carries far more. */
export const PathNeighborhoodDocument = graphql(`
  query PathNeighborhood($ids: [ID!]!) {
    neighborhood(ids: $ids, depth: 1) {
      truncated
      nodes { id kind name }
      edges { id type source target frequency }
    }
  }
`);

export const CreatePathDocument = graphql(`
  mutation CreateTeachingPath($input: CreateTeachingPathInput!) {
    createTeachingPath(input: $input) { ...PathFields }
  }
`);

export const UpdatePathDocument = graphql(`
  mutation UpdateTeachingPath($id: ID!, $expectedVersion: Int!, $patch: TeachingPathPatch!) {
    updateTeachingPath(id: $id, expectedVersion: $expectedVersion, patch: $patch) { ...PathFields }
  }
`);

export const PublishPathDocument = graphql(`
  mutation PublishTeachingPath($id: ID!, $expectedVersion: Int!) {
    publishTeachingPath(id: $id, expectedVersion: $expectedVersion) { ...PathFields }
  }
`);

export const UnpublishPathDocument = graphql(`
  mutation UnpublishTeachingPath($id: ID!, $expectedVersion: Int!) {
    unpublishTeachingPath(id: $id, expectedVersion: $expectedVersion) { ...PathFields }
  }
`);

export const DuplicatePathDocument = graphql(`
  mutation DuplicateTeachingPath($id: ID!) { duplicateTeachingPath(id: $id) { id title } }
`);

export const DeletePathDocument = graphql(`
  mutation DeleteTeachingPath($id: ID!, $expectedVersion: Int!) {
    deleteTeachingPath(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const ExportPathDocument = graphql(`
  query ExportTeachingPath($id: ID!) { exportTeachingPath(id: $id) }
`);

export const ImportPathDocument = graphql(`
  mutation ImportTeachingPath($document: String!) { importTeachingPath(document: $document) { id title } }
`);

/** The paths pages' names for the shapes these operations take and return, from the generated types. */

export type Viewer = ViewerFieldsFragment;
export type ViewerRole = Viewer["role"];
export const ANONYMOUS_VIEWER: Viewer = { role: "ANONYMOUS", name: "anonymous", canEditTeachingPaths: false };

export type PathStatus = TeachingPathStatus;
/** A path as listed: everything but the steps. */
export type PathSummary = PathSummaryFieldsFragment;
export type TeachingPathData = PathFieldsFragment;
export type TeachingStepData = TeachingPathData["steps"][number];

export type { TeachingCaseInput, TeachingStepInput };
/** What the editor sends on every save: the whole content, for create and update alike. */
export type PathContentInput = {
  [Field in "title" | "summary" | "audience" | "steps"]-?: NonNullable<CreateTeachingPathInput[Field]>;
};

/** The slice of the graph a paths page draws: enough to label, colour and connect. */
export type PathSubgraph = PathNeighborhoodQuery["neighborhood"];
export type PathGraphEdge = PathSubgraph["edges"][number];

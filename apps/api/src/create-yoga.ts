import type { GraphStore } from "@bpx/graph-store";
import { createContext, createSchema, maskError } from "@bpx/schema";
import { createYoga } from "graphql-yoga";

const EXAMPLE_QUERY = /* GraphQL */ `# Welcome to the pregnancy back-pain knowledge graph.
# Decision support and teaching material, not a diagnosis.

query Explore {
  search(text: "fever", kinds: [FINDING]) {
    score
    node { id name aliases }
  }
  neighborhood(ids: ["pyelonephritis"], depth: 1) {
    nodes { id kind name }
    edges {
      type source target frequency
      evidence { quote source { title sourceKind } }
    }
  }
}
`;

export interface CreateApiYogaOptions {
  store: GraphStore;
  logging?: boolean;
}

/** The GraphQL endpoint: schema, per-request context, masked errors, GraphiQL with an example. */
export function createApiYoga({ store, logging = true }: CreateApiYogaOptions) {
  return createYoga({
    schema: createSchema(),
    context: () => createContext(store),
    graphqlEndpoint: "/graphql",
    maskedErrors: { maskError },
    landingPage: false,
    logging,
    graphiql: { title: "Back pain in pregnancy: GraphQL", defaultQuery: EXAMPLE_QUERY },
  });
}

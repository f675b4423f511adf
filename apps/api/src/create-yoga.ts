import type { GraphStore } from "@bpx/graph-store";
import { createContext, createSchema, maskError } from "@bpx/schema";
import { createYoga } from "graphql-yoga";
import { createAuthenticator } from "./auth";
import type { ApiToken } from "./tokens";

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
  /** Who may write; none by default, so every mutation is refused. */
  tokens?: readonly ApiToken[];
}

/** The GraphQL endpoint: schema, per-request context, masked errors, GraphiQL with an example. */
export function createApiYoga({ store, logging = true, tokens = [] }: CreateApiYogaOptions) {
  const authenticate = createAuthenticator(tokens);
  return createYoga({
    schema: createSchema(),
    context: ({ request }) =>
      createContext(store, { viewer: authenticate(request.headers.get("authorization")) }),
    graphqlEndpoint: "/graphql",
    maskedErrors: { maskError },
    landingPage: false,
    logging,
    graphiql: { title: "Back pain in pregnancy: GraphQL", defaultQuery: EXAMPLE_QUERY },
  });
}

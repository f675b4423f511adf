import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types every GraphQL document the web app sends from the one schema (printed from the server code). Operations are
 * written with `graphql(...)` beside the code that sends them, shared fragments in `.graphql` files;
 * the output is generated (not committed) before every typecheck, build and dev server, and codegen
 * fails on a document the schema refuses. Documents stay strings (no graphql-js in the browser); fragments are not masked, so a
 * result type carries every field its fragments select.
 */
const config: CodegenConfig = {
  schema: "../../packages/schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx,graphql}", "!src/api/gql/**"],
  generates: {
    "src/api/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
      },
    },
  },
};

export default config;

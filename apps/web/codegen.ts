import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types every GraphQL document the web app sends from the one committed schema. Operations are
 * written with `graphql(...)` beside the code that sends them, shared fragments in `.graphql` files;
 * the output is committed, and `codegen:check` fails when it no longer matches the schema or the
 * documents. Documents stay strings (no graphql-js in the browser); fragments are not masked, so a
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

import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types every GraphQL document the web app sends from the one committed schema. Documents are
 * written with `graphql(...)` beside the code that sends them; the output is committed, and
 * `codegen:check` fails when it no longer matches the schema or the documents.
 */
const config: CodegenConfig = {
  schema: "../../packages/schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx,graphql}", "!src/api/gql/**"],
  ignoreNoDocuments: false,
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

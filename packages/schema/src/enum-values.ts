/**
 * The enums whose internal values are the domain's spelling, not their GraphQL names. One map
 * serves the schema (as enum resolvers) and codegen (so the generated types use these values).
 */
export const ENUM_VALUES = {
  ViewerRole: { ANONYMOUS: "anonymous", READER: "reader", EDUCATOR: "educator", ADMIN: "admin" },
  TeachingPathStatus: { DRAFT: "draft", PUBLISHED: "published" },
} as const;

import { z } from "zod";

/** Server-side settings, read and validated once; nothing else reads process.env. */
const schema = z.object({
  API_URL: z.url().default("http://localhost:4000"),
});

const parsed = schema.parse({ API_URL: process.env.API_URL || undefined });

export const env = {
  /** Base URL of the GraphQL API, without a trailing slash. */
  apiUrl: parsed.API_URL.replace(/\/+$/, ""),
};

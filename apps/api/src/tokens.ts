/** The roles a token can carry. Writes to teaching paths need educator or admin. */
export const TOKEN_ROLES = ["reader", "educator", "admin"] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

export interface ApiToken {
  role: TokenRole;
  token: string;
}

/** Long enough that guessing is hopeless, short enough for an env var. */
export const TOKEN_MIN_LENGTH = 16;

/**
 * Parses API_TOKENS: `role:token` pairs separated by commas, e.g.
 * `educator:3f9c...,reader:77ab...`. Errors name the entry by position and role, never by token.
 */
export function parseApiTokens(text: string | undefined): ApiToken[] {
  const entries = (text ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  const seen = new Set<string>();
  return entries.map((entry, i) => {
    const where = `API_TOKENS entry ${i + 1}`;
    const colon = entry.indexOf(":");
    if (colon < 0) throw new Error(`${where} is not role:token.`);
    const role = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    if (!(TOKEN_ROLES as readonly string[]).includes(role)) {
      throw new Error(`${where} has an unknown role "${role.slice(0, 20)}"; use ${TOKEN_ROLES.join(", ")}.`);
    }
    if (token.length < TOKEN_MIN_LENGTH || /\s/.test(token)) {
      throw new Error(
        `${where} (${role}): the token must be at least ${TOKEN_MIN_LENGTH} characters with no spaces.`,
      );
    }
    if (seen.has(token)) throw new Error(`${where} (${role}) repeats an earlier token.`);
    seen.add(token);
    return { role: role as TokenRole, token };
  });
}

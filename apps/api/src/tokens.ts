/** The roles a token can carry. Writes to teaching paths need educator or admin. */
export const TOKEN_ROLES = ["reader", "educator", "admin"] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

export interface ApiToken {
  role: TokenRole;
  token: string;
  /** Who holds it, shown as the author of what they write; a hash-based name when left out. */
  name?: string;
}

/** Display names: short, printable, and free of the separators API_TOKENS uses. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const NAME_PATTERN = /^[^\u0000-\u001f\u007f:,]{1,60}$/;

/** Long enough that guessing is hopeless, short enough for an env var. */
export const TOKEN_MIN_LENGTH = 16;

/**
 * Parses API_TOKENS: `role:token` pairs separated by commas, e.g.
 * `educator:3f9c...,reader:77ab...`, with an optional display name after the role,
 * `educator/Dr Ada Okafor:3f9c...`. Errors name the entry by position and role, never by token.
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
    const head = entry.slice(0, colon);
    const slash = head.indexOf("/");
    const role = (slash < 0 ? head : head.slice(0, slash)).trim();
    const name = slash < 0 ? undefined : head.slice(slash + 1).trim();
    const token = entry.slice(colon + 1).trim();
    if (!(TOKEN_ROLES as readonly string[]).includes(role)) {
      throw new Error(`${where} has an unknown role "${role.slice(0, 20)}"; use ${TOKEN_ROLES.join(", ")}.`);
    }
    if (token.length < TOKEN_MIN_LENGTH || /\s/.test(token)) {
      throw new Error(
        `${where} (${role}): the token must be at least ${TOKEN_MIN_LENGTH} characters with no spaces.`,
      );
    }
    if (name !== undefined && !NAME_PATTERN.test(name)) {
      throw new Error(
        `${where} (${role}): the name must be 1 to 60 characters, without ":", "," or control characters.`,
      );
    }
    if (seen.has(token)) throw new Error(`${where} (${role}) repeats an earlier token.`);
    seen.add(token);
    return { role: role as TokenRole, token, ...(name !== undefined ? { name } : {}) };
  });
}

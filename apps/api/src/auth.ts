import { createHash, timingSafeEqual } from "node:crypto";
import { ANONYMOUS, type Viewer } from "@bpx/schema";
import type { ApiToken } from "./tokens";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Resolves the Authorization header to a viewer. Tokens are compared as SHA-256 digests with
 * timingSafeEqual, against every configured token without stopping at a match, so the time taken
 * says nothing about which token, or how much of one, was right.
 */
export function createAuthenticator(tokens: readonly ApiToken[]) {
  const known = tokens.map(({ role, token, name }) => {
    const hash = digest(token);
    // The id is a hash prefix: stable per token, and it reveals nothing of it. Without a
    // configured display name, the id is the name too.
    const id = `${role}-${hash.toString("hex").slice(0, 8)}`;
    return { role, hash, id, name: name ?? id };
  });

  return (authorization: string | null | undefined): Viewer => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) return { ...ANONYMOUS, invalidToken: true };
    const presented = digest(match[1]);
    let found: (typeof known)[number] | undefined;
    for (const candidate of known) {
      if (timingSafeEqual(candidate.hash, presented) && !found) found = candidate;
    }
    return found
      ? { role: found.role, name: found.name, id: found.id }
      : { ...ANONYMOUS, invalidToken: true };
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;

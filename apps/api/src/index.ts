export { type Authenticator, createAuthenticator } from "./auth";
export { createApiServer } from "./create-server";
export { createApiYoga } from "./create-yoga";
export { readEnv } from "./env";
export { type ApiToken, parseApiTokens, TOKEN_ROLES, type TokenRole } from "./tokens";

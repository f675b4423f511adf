export { createApiServer } from "./create-server";
export { createApiYoga } from "./create-yoga";
export { readEnv } from "./env";

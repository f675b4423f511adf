import { env } from "../env";
import { sessionKey } from "./session";

/** The key this process seals session cookies with (from SESSION_SECRET). */
export const SESSION_KEY = sessionKey(env.sessionSecret);

import type { Session } from "./server-session";
import type { ViewerRole } from "./types";

const ROLE_LABELS: Record<ViewerRole, string> = {
  ANONYMOUS: "Not signed in",
  READER: "Reader",
  EDUCATOR: "Educator",
  ADMIN: "Admin",
};

const NOTICES: Record<string, { text: string; alert: boolean }> = {
  invalid: { text: "That token was not recognised. Check it and try again.", alert: true },
  unavailable: { text: "The API could not be reached to check the token. Try again shortly.", alert: true },
  "signed-out": { text: "You are signed out.", alert: false },
};

export interface SessionBarProps {
  session: Session;
  /** This page, to come back to after signing in or out. */
  next: string;
  /** The `signin` notice the session route sent back, if any. */
  notice?: string | undefined;
}

/**
 * Who is signed in, or a token form. Plain forms posting to /api/session: the token goes to the
 * server once and comes back only as an http-only cookie, never into page scripts or storage.
 */
export function SessionBar({ session, next, notice }: SessionBarProps) {
  const message = notice ? NOTICES[notice] : undefined;
  if (session.signedIn) {
    return (
      <div className="session-bar" data-testid="session">
        <p className="session-who">
          Signed in as <strong>{session.viewer.name}</strong>{" "}
          <span className="role-badge">{ROLE_LABELS[session.viewer.role]}</span>
        </p>
        <form method="post" action="/api/session">
          <input type="hidden" name="intent" value="sign-out" />
          <input type="hidden" name="next" value={next} />
          <button type="submit" className="button button-small">
            Sign out
          </button>
        </form>
      </div>
    );
  }
  return (
    <form method="post" action="/api/session" className="session-bar sign-in" data-testid="session">
      <input type="hidden" name="next" value={next} />
      <label htmlFor="session-token" className="session-label">
        Educator sign-in
      </label>
      <input
        id="session-token"
        name="token"
        type="password"
        className="field session-token"
        placeholder="API token"
        autoComplete="off"
        required
        minLength={16}
      />
      <button type="submit" className="button button-small">
        Sign in
      </button>
      {session.apiDown && (
        <p className="session-notice" role="alert">
          The API is unreachable, so your sign-in could not be checked.
        </p>
      )}
      {message && (
        <p className="session-notice" role={message.alert ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </form>
  );
}

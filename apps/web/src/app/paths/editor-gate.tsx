import type { ReactNode } from "react";
import type { Session } from "../../paths/server-session";
import { SessionBar } from "../../paths/session-bar";

export interface EditorGateProps {
  session: Session;
  next: string;
  notice: string | undefined;
  children: ReactNode;
}

/** The builder for educators and admins; everyone else gets the reason and a sign-in form. */
export function EditorGate({ session, next, notice, children }: EditorGateProps) {
  const canEdit = session.viewer.canEditTeachingPaths;
  return (
    <main className="page paths-page builder-page" id="main">
      <div className="paths-head">
        <p className="breadcrumbs small">
          <a href="/paths">Teaching paths</a> <span aria-hidden="true">›</span>{" "}
          {next.endsWith("/new") ? "New path" : "Edit"}
        </p>
        <SessionBar session={session} next={next} notice={notice} />
      </div>
      {canEdit ? (
        children
      ) : (
        <section className="paths-card gate" data-testid="editor-gate">
          <h1 className="page-title">Building teaching paths needs an educator sign-in</h1>
          <p>
            {session.signedIn
              ? "Your token lets you read and present teaching paths, but not change them. Sign out and sign in with an educator token to build one."
              : "Sign in with an educator token (top right) to build and edit teaching paths. Published paths can be presented without signing in."}
          </p>
          <a href="/paths">Browse the library</a>
        </section>
      )}
    </main>
  );
}

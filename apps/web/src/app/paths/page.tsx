import type { Metadata } from "next";
import { PathLibrary } from "../../paths/path-library";
import { getSession } from "../../paths/server-session";
import { SessionBar } from "../../paths/session-bar";

export const metadata: Metadata = { title: "Teaching paths · Back pain in pregnancy" };

interface LibraryPageProps {
  searchParams: Promise<{ signin?: string }>;
}

export default async function LibraryPage({ searchParams }: LibraryPageProps) {
  const [session, { signin }] = await Promise.all([getSession(), searchParams]);
  return (
    <main className="page paths-page" id="main">
      <div className="paths-head">
        <div>
          <h1 className="page-title">Teaching paths</h1>
          <p className="paths-intro muted">
            Guided walks through the knowledge graph: each step shows a finding, condition, test or treatment,
            or the relationship between two, with the educator’s notes and a question to think about.
          </p>
        </div>
        <SessionBar session={session} next="/paths" notice={signin} />
      </div>
      {session.viewer.role === "ADMIN" && (
        <p className="small">
          <a href="/paths/audit">Audit log</a>: who changed which path, and when
        </p>
      )}
      <PathLibrary canEdit={session.viewer.canEditTeachingPaths} />
    </main>
  );
}

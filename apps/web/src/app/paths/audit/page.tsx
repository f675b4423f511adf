import type { Metadata } from "next";
import { headers } from "next/headers";
import { env } from "../../../env";
import { type AuditEntry, fetchAudit } from "../../../paths/audit";
import { AuditLog } from "../../../paths/audit-log";
import { getSession } from "../../../paths/server-session";
import { readSessionToken } from "../../../paths/session";
import { SessionBar } from "../../../paths/session-bar";
import { SESSION_KEY } from "../../../paths/session-key";

export const metadata: Metadata = { title: "Audit log · Teaching paths · Back pain in pregnancy" };

/** The audit entries for an admin's session, or why there are none to show. */
async function readAudit(): Promise<{ entries: AuditEntry[] } | { problem: string }> {
  const token = readSessionToken((await headers()).get("cookie"), SESSION_KEY);
  if (!token) return { problem: "Your session has ended. Sign in again." };
  try {
    return { entries: await fetchAudit(token, { apiUrl: env.apiUrl }) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : "The audit log could not be read." };
  }
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ signin?: string }> }) {
  const [session, { signin }] = await Promise.all([getSession(), searchParams]);
  const isAdmin = session.viewer.role === "ADMIN";
  const audit = isAdmin ? await readAudit() : null;
  return (
    <main className="page paths-page" id="main">
      <div className="paths-head">
        <div>
          <p className="breadcrumbs small">
            <a href="/paths">Teaching paths</a> <span aria-hidden="true">›</span> Audit log
          </p>
          <h1 className="page-title">Audit log</h1>
          <p className="paths-intro muted">
            Every write to a teaching path, newest first: who made it, what it was, and the version it
            reached.
          </p>
        </div>
        <SessionBar session={session} next="/paths/audit" notice={signin} />
      </div>
      {!isAdmin ? (
        <section className="paths-card gate" data-testid="audit-gate">
          <p>The audit log is for admins. Sign in with an admin token (top right) to read it.</p>
        </section>
      ) : audit && "problem" in audit ? (
        <p role="alert">{audit.problem}</p>
      ) : (
        <AuditLog entries={audit?.entries ?? []} />
      )}
    </main>
  );
}

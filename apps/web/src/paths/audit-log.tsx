import type { AuditEntry } from "./audit";

const WHEN = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** The audit log as a table: who did what to which path, the version it reached, and when (UTC). */
export function AuditLog({ entries }: { entries: readonly AuditEntry[] }) {
  if (entries.length === 0) return <p className="muted">No teaching path has been written yet.</p>;
  return (
    <table className="audit-table" data-testid="audit-log">
      <caption className="visually-hidden">Writes to teaching paths, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When (UTC)</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Path</th>
          <th scope="col">Version</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <time dateTime={entry.at}>{WHEN.format(new Date(entry.at))}</time>
            </td>
            <td title={entry.actorId}>{entry.actorName}</td>
            <td>{entry.action}</td>
            <td>
              {/* A deleted path has no page left to open. */}
              {entry.action === "delete" ? (
                entry.pathTitle
              ) : (
                <a href={`/paths/${entry.pathId}`}>{entry.pathTitle}</a>
              )}
            </td>
            <td>{entry.action === "delete" ? "deleted" : entry.version}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

"use client";

import { TEACHING_PATH_LIMITS } from "@bpx/domain";
import { type SaveState, SaveStatus } from "./save-status";
import type { PathStatus } from "./types";

export interface BuilderHeaderProps {
  title: string;
  pathId: string | null;
  status: PathStatus;
  saveState: SaveState;
  busy: boolean;
  onTitle: (title: string) => void;
  onSave: () => void;
  onPublish: (publish: boolean) => void;
}

/** Title, saved state and the path-wide actions. */
export function BuilderHeader(props: BuilderHeaderProps) {
  const { title, pathId, status, saveState, busy, onTitle, onSave, onPublish } = props;
  return (
    <header className="builder-head">
      <div className="builder-title">
        <label className="field-label" htmlFor="path-title">
          Path title
        </label>
        <input
          id="path-title"
          className="field title-input"
          placeholder="e.g. Kidney or spine? Telling pyelonephritis from osteochondrosis"
          maxLength={TEACHING_PATH_LIMITS.titleMax}
          value={title}
          onChange={(event) => onTitle(event.target.value)}
        />
      </div>
      <div className="builder-actions">
        <span className={`status-badge status-${status.toLowerCase()}`}>
          {status === "PUBLISHED" ? "Published" : "Draft"}
        </span>
        <SaveStatus state={saveState} />
        <button
          type="button"
          className="button button-primary"
          onClick={onSave}
          disabled={busy || saveState === "saved"}
          aria-keyshortcuts="Control+S"
        >
          Save
        </button>
        {status === "PUBLISHED" ? (
          <button type="button" className="button" onClick={() => onPublish(false)} disabled={busy}>
            Unpublish
          </button>
        ) : (
          <button type="button" className="button" onClick={() => onPublish(true)} disabled={busy}>
            Publish
          </button>
        )}
        {/* Full page loads, so the unsaved-changes warning can stop them. */}
        {pathId && (
          <a className="button" href={`/paths/${encodeURIComponent(pathId)}`}>
            Present
          </a>
        )}
      </div>
    </header>
  );
}

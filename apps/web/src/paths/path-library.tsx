"use client";

import { useEffect, useRef, useState } from "react";
import { describeError } from "../api/graphql";
import { downloadBlob } from "../shared/download";
import type { CardAction } from "./path-card";
import { PathSection } from "./path-section";
import {
  DELETE_PATH_MUTATION,
  DUPLICATE_PATH_MUTATION,
  EXPORT_PATH_QUERY,
  IMPORT_PATH_MUTATION,
} from "./queries";
import { isCode, pathRequest } from "./request";
import { SEARCH_PARAM, toLibrarySearch } from "./saved-view-store";
import { SavedViews } from "./saved-views";
import type { PathSummary } from "./types";
import { usePathList } from "./use-path-list";

type Message = { text: string; link?: { href: string; label: string }; alert?: boolean } | null;

/** Published paths for everyone, drafts too for educators; search runs on the server. */
export function PathLibrary({ canEdit }: { canEdit: boolean }) {
  const [input, setInput] = useState("");
  const [search, setSearch] = useState("");
  const [message, setMessage] = useState<Message>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const published = usePathList("PUBLISHED", search);
  const drafts = usePathList(canEdit ? "DRAFT" : null, search);

  // A shared or reloaded link (?q=) opens on its search.
  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get(SEARCH_PARAM) ?? "";
    setInput(fromUrl);
    setSearch(fromUrl);
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(input);
      const next = toLibrarySearch(window.location.search, input);
      if (next !== window.location.search)
        window.history.replaceState(null, "", next || window.location.pathname);
    }, 250);
    return () => clearTimeout(timer);
  }, [input]);

  const refreshAll = () => {
    published.refresh();
    drafts.refresh();
  };

  async function act(action: CardAction, path: PathSummary) {
    try {
      if (action === "export") {
        const data = await pathRequest<{ exportTeachingPath: string }>(EXPORT_PATH_QUERY, { id: path.id });
        downloadBlob(
          new Blob([data.exportTeachingPath], { type: "application/json" }),
          `${path.id}.teaching-path.json`,
        );
        setMessage({ text: `Exported “${path.title}”.` });
      } else if (action === "duplicate") {
        const data = await pathRequest<{ duplicateTeachingPath: { id: string; title: string } }>(
          DUPLICATE_PATH_MUTATION,
          { id: path.id },
        );
        const copy = data.duplicateTeachingPath;
        setMessage({
          text: `Copied as the draft “${copy.title}”.`,
          link: { href: `/paths/${copy.id}/edit`, label: "Edit the copy" },
        });
        refreshAll();
      } else if (window.confirm(`Delete “${path.title}”? This cannot be undone.`)) {
        await pathRequest(DELETE_PATH_MUTATION, { id: path.id, expectedVersion: path.version });
        setMessage({ text: `Deleted “${path.title}”.` });
        refreshAll();
      }
    } catch (error) {
      const text = isCode(error, "CONFLICT")
        ? `“${path.title}” was changed elsewhere since this list loaded, so it was not deleted. The list is refreshed; check it and try again.`
        : describeError(error);
      setMessage({ text, alert: true });
      if (isCode(error, "CONFLICT")) refreshAll();
    }
  }

  async function importFile(file: File) {
    try {
      const data = await pathRequest<{ importTeachingPath: { id: string; title: string } }>(
        IMPORT_PATH_MUTATION,
        {
          document: await file.text(),
        },
      );
      const path = data.importTeachingPath;
      setMessage({
        text: `Imported “${path.title}” as a draft.`,
        link: { href: `/paths/${path.id}/edit`, label: "Edit it" },
      });
      refreshAll();
    } catch (error) {
      setMessage({ text: `Could not import ${file.name}: ${describeError(error)}`, alert: true });
    }
  }

  return (
    <div className="library">
      <div className="library-tools">
        <div className="library-search">
          <label className="field-label" htmlFor="path-search">
            Search teaching paths
          </label>
          <input
            id="path-search"
            type="search"
            className="field"
            placeholder="Title or summary — e.g. kidney"
            value={input}
            onChange={(event) => setInput(event.target.value)}
          />
          <SavedViews search={input} onApply={setInput} />
        </div>
        {canEdit && (
          <div className="library-actions">
            <a className="button button-primary" href="/paths/new">
              New path
            </a>
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              Import JSON…
            </button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              hidden
              data-testid="import-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = "";
                if (file) void importFile(file);
              }}
            />
          </div>
        )}
      </div>
      <div role="status" className="library-message">
        {message && (
          <p className={message.alert ? "alert" : "notice"}>
            {message.text} {message.link && <a href={message.link.href}>{message.link.label}</a>}
          </p>
        )}
      </div>
      {canEdit && (
        <PathSection
          title="Drafts"
          list={drafts}
          canEdit
          empty={search ? "No drafts match." : "No drafts. Start a new path, or duplicate a published one."}
          onAction={act}
          testId="drafts"
        />
      )}
      <PathSection
        title="Published"
        list={published}
        canEdit={canEdit}
        empty={search ? "No published paths match." : "No published paths yet."}
        onAction={act}
        testId="published"
      />
    </div>
  );
}

"use client";

import { useState } from "react";
import { IntentLink } from "../shared/intent-link";

export interface CaseActionsProps {
  search: string;
  onExportJson: () => void;
}

/** Share the case as a link, save it as JSON, or open the print view of the differential. */
export function CaseActions({ search, onExportJson }: CaseActionsProps) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <fieldset className="case-actions button-group">
      <legend className="visually-hidden">Share and export the case</legend>
      <button type="button" className="button button-small" onClick={copy}>
        {copied ? "Link copied" : "Copy link to this case"}
      </button>
      <button type="button" className="button button-small" onClick={onExportJson}>
        Export case (JSON)
      </button>
      <IntentLink className="button button-small" href={`/print${search}`}>
        Print view
      </IntentLink>
    </fieldset>
  );
}

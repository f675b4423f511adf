"use client";

import { TEACHING_PATH_LIMITS } from "@bpx/domain";
import { useState } from "react";

export interface PathAboutProps {
  summary: string;
  audience: string;
  onChange: (field: "summary" | "audience", value: string) => void;
}

/** The summary and audience the library shows for the path. */
export function PathAbout({ summary, audience, onChange }: PathAboutProps) {
  // Open at first for a path without them; afterwards the educator decides (typing must not fold it).
  const [initiallyOpen] = useState(summary === "" && audience === "");
  return (
    <details className="path-about" open={initiallyOpen}>
      <summary>About this path</summary>
      <label className="field-label" htmlFor="path-summary">
        Summary
      </label>
      <textarea
        id="path-summary"
        className="field"
        rows={3}
        maxLength={TEACHING_PATH_LIMITS.summaryMax}
        value={summary}
        onChange={(event) => onChange("summary", event.target.value)}
      />
      <label className="field-label" htmlFor="path-audience">
        Audience
      </label>
      <input
        id="path-audience"
        className="field"
        placeholder="e.g. Midwives and GP trainees"
        maxLength={TEACHING_PATH_LIMITS.audienceMax}
        value={audience}
        onChange={(event) => onChange("audience", event.target.value)}
      />
    </details>
  );
}

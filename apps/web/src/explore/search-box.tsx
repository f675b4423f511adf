"use client";

import type { NodeKind } from "@bpx/domain";
import { type KeyboardEvent, useId, useState } from "react";
import { describeError } from "../api/graphql";
import type { NodeSummary } from "../api/types";
import { KindBadge } from "../graph-kit/kind-icon";
import { toMatchedAlias, toSearchText } from "./search";
import { useSearch } from "./use-search";

export interface SearchBoxProps {
  label: string;
  placeholder: string;
  /** Only nodes of these kinds; all kinds when omitted. */
  kinds?: readonly NodeKind[];
  /** `alternate` is true when the reader picked with Shift held (Shift+Enter or Shift+click). */
  onPick: (node: NodeSummary, alternate: boolean) => void;
  /** Shown under the field, e.g. the keys that pick. */
  hint?: string;
  /** Empty the field after a pick, ready for the next entry. */
  clearOnPick?: boolean;
  /** Text placed in the box from outside (e.g. an example chip); changes replace the input. */
  suggestion?: { text: string } | null;
}

/** A combobox with type-ahead hits, following the WAI-ARIA combobox-with-listbox pattern. */
export function SearchBox({
  label,
  placeholder,
  kinds,
  onPick,
  hint,
  clearOnPick = false,
  suggestion,
}: SearchBoxProps) {
  const [input, setInput] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [lastSuggestion, setLastSuggestion] = useState(suggestion);
  const listId = useId();
  const search = useSearch(input, kinds);

  if (suggestion !== lastSuggestion) {
    setLastSuggestion(suggestion);
    if (suggestion) {
      setInput(suggestion.text);
      setOpen(true);
      setActive(-1);
    }
  }

  const current = search.text !== null && search.text === toSearchText(input);
  const hits = current ? search.hits : [];
  const showList = open && toSearchText(input) !== null;

  function pick(node: NodeSummary, alternate = false) {
    onPick(node, alternate);
    setInput(clearOnPick ? "" : node.name);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (index + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      const hit = hits[active] ?? (hits.length === 1 ? hits[0] : undefined);
      if (hit) {
        event.preventDefault();
        pick(hit.node, event.shiftKey);
      }
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  let status: string | null = null;
  if (showList && search.error && current) status = describeError(search.error);
  else if (showList && (!current || search.loading)) status = "Searching…";
  else if (showList && hits.length === 0) status = "No matching nodes.";

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="search-label">
        {label}
      </label>
      <div className="search-field">
        <input
          id={`${listId}-input`}
          className="search-input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          aria-autocomplete="list"
          aria-expanded={showList && hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
          value={input}
          onChange={(event) => {
            setInput(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <div
          id={listId}
          role="listbox"
          aria-label="Search results"
          className="search-results"
          hidden={!showList}
        >
          {showList &&
            hits.map((hit, index) => {
              const alias = toMatchedAlias(hit.node, input);
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works through the input (aria-activedescendant)
                <div
                  key={hit.node.id}
                  id={`${listId}-${index}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={index === active}
                  className="search-hit"
                  // Keep focus in the input so the blur handler does not close the list mid-click.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={(event) => pick(hit.node, event.shiftKey)}
                  onMouseEnter={() => setActive(index)}
                >
                  <span className="search-hit-name">{hit.node.name}</span>
                  <KindBadge kind={hit.node.kind} />
                  {alias && <span className="search-hit-alias">matches “{alias}”</span>}
                </div>
              );
            })}
        </div>
      </div>
      <p className="search-status" aria-live="polite">
        {status ?? hint}
      </p>
    </div>
  );
}

"use client";

import { useEffect, useState } from "react";
import {
  parseSavedViews,
  SAVED_VIEWS_KEY,
  type SavedView,
  withoutSavedView,
  withSavedView,
} from "./saved-view-store";

function store(views: SavedView[]) {
  try {
    window.localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify(views));
  } catch {
    // Private modes may refuse storage; the views then last as long as the page.
  }
}

export interface SavedViewsProps {
  search: string;
  onApply: (search: string) => void;
}

/** "Save this search" and the searches saved in this browser, one click each to apply again. */
export function SavedViews({ search, onApply }: SavedViewsProps) {
  const [views, setViews] = useState<SavedView[]>([]);
  useEffect(() => {
    setViews(parseSavedViews(window.localStorage.getItem(SAVED_VIEWS_KEY)));
  }, []);
  const update = (next: SavedView[]) => {
    setViews(next);
    store(next);
  };
  return (
    <div className="saved-views" data-testid="saved-views">
      <button
        type="button"
        className="button"
        disabled={search.trim() === ""}
        onClick={() => update(withSavedView(views, search))}
      >
        Save this search
      </button>
      {views.length > 0 && (
        <ul className="saved-view-list" aria-label="Saved searches">
          {views.map((view) => (
            <li key={view.search}>
              <button
                type="button"
                className="chip"
                aria-pressed={view.search === search.trim()}
                onClick={() => onApply(view.search)}
              >
                {view.name}
              </button>
              <button
                type="button"
                className="chip"
                aria-label={`Forget the saved search ${view.name}`}
                onClick={() => update(withoutSavedView(views, view.search))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

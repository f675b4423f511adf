/**
 * Saved library views: searches an educator or learner keeps, in this browser's localStorage. The
 * search itself lives in the URL (`?q=`), so a view can be shared as a link too.
 */
export interface SavedView {
  name: string;
  search: string;
}

export const SAVED_VIEWS_KEY = "bpx.paths.saved-views";
export const SEARCH_PARAM = "q";
const MAX_VIEWS = 12;

/** Saved views from storage; anything malformed is dropped rather than trusted. */
export function parseSavedViews(stored: string | null): SavedView[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (item): item is SavedView =>
          typeof item === "object" &&
          item !== null &&
          typeof (item as SavedView).name === "string" &&
          typeof (item as SavedView).search === "string" &&
          (item as SavedView).search.trim() !== "",
      )
      .slice(0, MAX_VIEWS);
  } catch {
    return [];
  }
}

/** Adds a search as a view (newest first); saving the same search again moves it to the top. */
export function withSavedView(views: readonly SavedView[], search: string): SavedView[] {
  const trimmed = search.trim();
  if (trimmed === "") return [...views];
  const others = views.filter((view) => view.search !== trimmed);
  return [{ name: trimmed, search: trimmed }, ...others].slice(0, MAX_VIEWS);
}

export function withoutSavedView(views: readonly SavedView[], search: string): SavedView[] {
  return views.filter((view) => view.search !== search);
}

/** The query string with the search set (or removed when empty), keeping other parameters. */
export function toLibrarySearch(currentSearch: string, search: string): string {
  const params = new URLSearchParams(currentSearch);
  if (search.trim() === "") params.delete(SEARCH_PARAM);
  else params.set(SEARCH_PARAM, search.trim());
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

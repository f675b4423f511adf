/**
 * Puts a page's state in the address bar. Next's router follows history.pushState and
 * replaceState, so the URL stays the one source of the page's state. `search` is "?…" or "" (the
 * bare path); `replace` edits the current history entry instead of adding one (typing, not a
 * step back-able on its own). Nothing happens when the address already has this search.
 */
export function goToSearch(search: string, replace = false): void {
  if (search === window.location.search) return;
  const url = search || window.location.pathname;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
}

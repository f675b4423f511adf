"use client";

import dynamic from "next/dynamic";

/**
 * The case page drawn in the browser only, from the answers the server put in the page
 * (`prefetchCase`): measured back to back, rendering the ranking's HTML on the server as well made
 * the link usable later, not sooner (the server's render and the larger hydration cost more than
 * the earlier first paint gained; docs/performance.md, issue 14, item 3).
 */
export const CasePageClient = dynamic(() => import("./case-page").then((module) => module.CasePage), {
  ssr: false,
  loading: () => <p className="muted">Loading the case…</p>,
});

import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { Suspense } from "react";
import { BROWSER_ID_COOKIE, isBrowserId } from "../api/browser-id";
import { CasePageClient } from "../differential/case-page-client";
import { prefetchCase } from "../differential/case-prefetch";
import { readCaseState } from "../differential/case-state";
import { env } from "../env";
import "./case-numbers.css";

export const metadata: Metadata = { title: "Differential · Back pain in pregnancy" };

type SearchParams = Record<string, string | string[] | undefined>;

/** The page's search parameters as the browser's URLSearchParams would read them (first value wins). */
function toSearchParams(params: SearchParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    for (const item of Array.isArray(value) ? value : [value])
      if (item !== undefined) search.append(name, item);
  return search;
}

export default async function DifferentialPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A shared case link carries its findings: the server asks the API for the ranking and its
  // graph, so the page arrives with the answers rather than asking after hydration (issue 14,
  // item 3). The browser draws them (CasePageClient): the answers travel, not their HTML.
  const state = readCaseState(toSearchParams(await searchParams));
  const browserId = (await cookies()).get(BROWSER_ID_COOKIE)?.value;
  const answers = await prefetchCase(state, {
    apiUrl: env.apiUrl,
    browserId: isBrowserId(browserId) ? browserId : null,
  });
  return (
    <main className="page" id="main">
      <h1 className="visually-hidden">Differential of back pain in pregnancy</h1>
      <HydrationBoundary state={answers}>
        {/* CasePage reads the case from the URL (useSearchParams), which needs a boundary. */}
        <Suspense fallback={<p className="muted">Loading the case…</p>}>
          <CasePageClient />
        </Suspense>
      </HydrationBoundary>
    </main>
  );
}

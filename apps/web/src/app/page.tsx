import type { Metadata } from "next";
import { headers } from "next/headers";
import { Suspense } from "react";
import { CasePage } from "../differential/case-page";
import { readCaseState } from "../differential/case-state";
import { toEarlyCaseScript } from "../differential/early-case";
import { readNonce } from "../nonce";
import "./case-numbers.css";

export const metadata: Metadata = { title: "Differential · Back pain in pregnancy" };

type SearchParams = Record<string, string | string[] | undefined>;

/** The URL's search parameters as URLSearchParams (a repeated one counts by its first value). */
function toSearchParams(params: SearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out.set(key, first);
  }
  return out;
}

export default async function DifferentialPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, requestHeaders] = await Promise.all([searchParams, headers()]);
  // A shared case link's differential and case graph are asked for as soon as this HTML is
  // parsed, not after the page's scripts have loaded (src/differential/early-case.ts).
  const early = toEarlyCaseScript(readCaseState(toSearchParams(params)));
  const nonce = readNonce(requestHeaders.get("content-security-policy"));
  return (
    <main className="page" id="main">
      {early && nonce && (
        // Our own script, its data escaped (toScriptJson), run under the request's CSP nonce.
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: early }} />
      )}
      <h1 className="visually-hidden">Differential of back pain in pregnancy</h1>
      {/* The case is read from the URL in the browser; the page renders it there. */}
      <Suspense fallback={<p className="muted">Loading the case…</p>}>
        <CasePage />
      </Suspense>
    </main>
  );
}

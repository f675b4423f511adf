import type { Metadata } from "next";
import { Suspense } from "react";
import { Explorer } from "../../explore/explorer";

export const metadata: Metadata = { title: "Graph explorer · Back pain in pregnancy" };

export default function ExplorerPage() {
  return (
    <main className="page" id="main">
      <h1 className="page-title">Graph explorer</h1>
      {/* The explorer reads its state from the URL, which is only known in the browser. */}
      <Suspense fallback={<p className="muted">Loading the explorer…</p>}>
        <Explorer />
      </Suspense>
    </main>
  );
}

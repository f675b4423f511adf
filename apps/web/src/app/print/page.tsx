import type { Metadata } from "next";
import { Suspense } from "react";
import { PrintView } from "../../print/print-view";
import "../case-numbers.css";

export const metadata: Metadata = { title: "Differential (print) · Back pain in pregnancy" };

export default function PrintPage() {
  return (
    <main className="page print-page" id="main">
      <Suspense fallback={<p className="muted">Loading the case…</p>}>
        <PrintView />
      </Suspense>
    </main>
  );
}

import type { Metadata } from "next";
import { Suspense } from "react";
import { CasePage } from "../differential/case-page";
import "./case-numbers.css";

export const metadata: Metadata = { title: "Differential · Back pain in pregnancy" };

export default function DifferentialPage() {
  return (
    <main className="page" id="main">
      <h1 className="visually-hidden">Differential of back pain in pregnancy</h1>
      {/* The case lives in the URL, which is only known in the browser. */}
      <Suspense fallback={<p className="muted">Loading the case…</p>}>
        <CasePage />
      </Suspense>
    </main>
  );
}

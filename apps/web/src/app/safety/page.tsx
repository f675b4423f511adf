import type { Metadata } from "next";
import { Suspense } from "react";
import { SafetyChecker } from "../../safety/safety-checker";
import "./safety-check.css";

export const metadata: Metadata = { title: "Safety checker · Back pain in pregnancy" };

export default function SafetyPage() {
  return (
    <main className="page safety-check-page" id="main">
      <h1 className="page-title">Is it safe at this week?</h1>
      <p className="muted no-print">
        The verdict on a drug, test or measure at a gestational week, read from the highest-ranking sources,
        with every statement behind it.
      </p>
      {/* The check lives in the URL (?subject=&week=), which is only known in the browser. */}
      <Suspense fallback={<p className="muted">Loading the checker…</p>}>
        <SafetyChecker />
      </Suspense>
    </main>
  );
}

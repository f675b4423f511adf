import { Suspense } from "react";
import { Explorer } from "../components/explorer";

export default function ExplorerPage() {
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <h1 className="site-title">Back pain in pregnancy · Graph explorer</h1>
          <p className="disclaimer" role="note">
            Decision support and teaching material drawn from the listed sources — not a diagnosis.
          </p>
        </div>
      </header>
      <main className="page">
        {/* The explorer reads its state from the URL, which is only known in the browser. */}
        <Suspense fallback={<p className="muted">Loading the explorer…</p>}>
          <Explorer />
        </Suspense>
      </main>
    </>
  );
}

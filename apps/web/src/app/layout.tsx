import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { QueryProvider } from "../api/query-provider";
import { TopNav } from "../shared/top-nav";
import "./globals.css";
import "./nav.css";
import "./explorer.css";
import "./panel.css";
import "./case.css";
import "./case-detail.css";
import "./safety.css";
import "./dont-miss.css";
import "./print.css";
import "./touch.css";

export const metadata: Metadata = {
  title: "Back pain in pregnancy · Differential explorer",
  description:
    "Rank and explain the causes of back pain in pregnancy from the findings entered, with the quoted evidence behind every link and the safety of tests and drugs at the gestational week.",
};

export const viewport: Viewport = { themeColor: "#0f3d5c" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered: each page's scripts carry that request's CSP nonce
  // (src/proxy.ts), which a page built ahead of time could not know.
  await connection();
  return (
    <html lang="en">
      <body>
        <QueryProvider>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <header className="site-header">
            <div className="site-header-inner">
              <p className="site-title">Back pain in pregnancy</p>
              <TopNav />
              <p className="disclaimer" role="note" data-testid="trust-statement">
                Decision support from the listed sources, not a diagnosis.
              </p>
            </div>
          </header>
          {children}
        </QueryProvider>
      </body>
    </html>
  );
}

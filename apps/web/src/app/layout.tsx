import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import "./explorer.css";
import "./panel.css";

export const metadata: Metadata = {
  title: "Back pain in pregnancy · Graph explorer",
  description:
    "Explore a curated knowledge graph of the causes of back pain in pregnancy, their findings, tests and treatments, with the evidence behind every link.",
};

export const viewport: Viewport = { themeColor: "#0f3d5c" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

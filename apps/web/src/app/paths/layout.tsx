import type { ReactNode } from "react";
import "./paths.css";
import "./library.css";
import "./builder.css";
import "./builder-steps.css";
import "./presenter.css";

/** Teaching paths share the site layout; this only adds their styles. */
export default function PathsLayout({ children }: { children: ReactNode }) {
  return children;
}

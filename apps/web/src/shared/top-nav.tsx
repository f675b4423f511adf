"use client";

import { usePathname } from "next/navigation";
import { IntentLink } from "./intent-link";

const LINKS = [
  { href: "/", label: "Differential" },
  { href: "/explore", label: "Graph explorer" },
  { href: "/safety", label: "Safety checker" },
  { href: "/paths", label: "Teaching paths" },
] as const;

/** A section is current on its own page and on the pages under it ("/" only on itself). */
function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Site navigation; the current section is marked for screen readers as well as visually. */
export function TopNav() {
  const pathname = usePathname();
  return (
    <nav className="top-nav" aria-label="Main">
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <IntentLink href={link.href} aria-current={isCurrent(pathname, link.href) ? "page" : undefined}>
              {link.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

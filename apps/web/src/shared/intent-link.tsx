"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link whose page is fetched ahead only when the user shows the intent to follow it (pointer
 * over it, keyboard focus, a touch), not when it scrolls into view. The navigation and the print
 * link are in view on every page: fetched on sight, they sent nine requests and decoded their
 * answers on the main thread while a shared case was still loading.
 */
export function IntentLink({
  href,
  ...rest
}: Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string }) {
  const router = useRouter();
  const ahead = () => router.prefetch(href);
  return (
    <Link
      {...rest}
      href={href}
      prefetch={false}
      onPointerEnter={ahead}
      onFocus={ahead}
      onTouchStart={ahead}
    />
  );
}

import type { NextConfig } from "next";

/**
 * The Content-Security-Policy: only this origin serves code, styles, images and answers; no site
 * may frame the app (clickjacking an educator's edit page), no plugin runs, and forms post only
 * here. Next's App Router streams its bootstrap as inline scripts, hence 'unsafe-inline' for
 * scripts (no nonces without a per-request proxy); the dev server also needs 'unsafe-eval'.
 */
function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy(process.env.NODE_ENV === "development") },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors for browsers without CSP level 2.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The domain package ships TypeScript sources, not a build.
  transpilePackages: ["@bpx/domain"],
  // Some clients ask for /favicon.ico whatever the page links; answer with the app icon, not a 404.
  rewrites: async () => [{ source: "/favicon.ico", destination: "/icon.svg" }],
  headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }],
};

export default config;

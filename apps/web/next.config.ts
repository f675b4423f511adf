import type { NextConfig } from "next";

/**
 * Headers for every page and route. The Content-Security-Policy is not here: it carries a nonce
 * per request, set by src/proxy.ts.
 */
const SECURITY_HEADERS = [
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

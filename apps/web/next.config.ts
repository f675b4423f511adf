import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The domain package ships TypeScript sources, not a build.
  transpilePackages: ["@bpx/domain"],
  // Some clients ask for /favicon.ico whatever the page links; answer with the app icon, not a 404.
  rewrites: async () => [{ source: "/favicon.ico", destination: "/icon.svg" }],
};

export default config;

/** The nonce of a Content-Security-Policy's script-src (src/proxy.ts puts one on every request); null if none. */
export function readNonce(policy: string | null): string | null {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(policy ?? "")?.[1] ?? null;
}

/**
 * Fair scheduling between clients: each client may have a few GraphQL requests in progress at
 * once; further ones wait briefly in that client's own queue, then are refused with 429
 * RATE_LIMITED. One client sending a barrage then competes with everyone else for a few slots,
 * not for the whole event loop, and its excess never delays anybody else's requests.
 */

export interface FairnessOptions {
  /** Requests one client may have in progress at once; 0 turns the scheduler off. */
  maxConcurrentPerClient: number;
  /** Further requests of one client that may wait for a slot; past that, 429 at once. */
  maxQueuedPerClient: number;
  /** How long a request may wait for its client's slot before it is refused. */
  maxWaitMs: number;
}

/**
 * Two at once: the server is one Node process, so more at once would not finish a client's work
 * sooner, only take more turns from everybody else (abuse runs in docs/security.md: at four, a
 * barrage still pushed other clients' p99 past 3x). 32 more wait up to a second, long enough for
 * a burst (a page's parallel requests) to drain, short enough that a refused client learns it
 * quickly.
 */
export const DEFAULT_FAIRNESS: FairnessOptions = {
  maxConcurrentPerClient: 2,
  maxQueuedPerClient: 32,
  maxWaitMs: 1000,
};

/** A granted slot; call it once the answer has gone (or the client has). */
export type Release = () => void;

export type Admission =
  | { admitted: true; release: Release }
  | { admitted: false; reason: "QUEUE_FULL" | "WAITED_TOO_LONG" | "ABORTED"; retryAfterSeconds: number };

interface Waiter {
  grant: () => void;
}

interface ClientState {
  active: number;
  waiting: Waiter[];
}

/**
 * The per-client slots. `admit(client, signal)` resolves once the request may proceed, or with
 * the reason it may not: its client's queue is full, it waited `maxWaitMs`, or `signal` aborted
 * (the client hung up while waiting). Clients with nothing in progress are forgotten, so the map
 * holds only the clients being served.
 */
export function createFairScheduler({
  maxConcurrentPerClient,
  maxQueuedPerClient,
  maxWaitMs,
}: FairnessOptions = DEFAULT_FAIRNESS) {
  const clients = new Map<string, ClientState>();
  const retryAfterSeconds = Math.max(1, Math.ceil(maxWaitMs / 1000));

  const releaser = (client: string, state: ClientState): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = state.waiting.shift();
      // The slot passes straight to the next waiter: no other request can take it in between.
      if (next) return next.grant();
      state.active--;
      if (state.active === 0) clients.delete(client);
    };
  };

  const admit = (client: string, signal?: AbortSignal): Promise<Admission> => {
    if (maxConcurrentPerClient <= 0) return Promise.resolve({ admitted: true, release: () => {} });
    if (signal?.aborted) return Promise.resolve({ admitted: false, reason: "ABORTED", retryAfterSeconds });
    let state = clients.get(client);
    if (!state) {
      state = { active: 0, waiting: [] };
      clients.set(client, state);
    }
    if (state.active < maxConcurrentPerClient) {
      state.active++;
      return Promise.resolve({ admitted: true, release: releaser(client, state) });
    }
    if (state.waiting.length >= maxQueuedPerClient)
      return Promise.resolve({ admitted: false, reason: "QUEUE_FULL", retryAfterSeconds });
    const queue = state;
    return new Promise<Admission>((resolve) => {
      const leave = (reason: "WAITED_TOO_LONG" | "ABORTED") => {
        const at = queue.waiting.indexOf(waiter);
        if (at >= 0) queue.waiting.splice(at, 1);
        cleanup();
        resolve({ admitted: false, reason, retryAfterSeconds });
      };
      const onAbort = () => leave("ABORTED");
      const timer = setTimeout(() => leave("WAITED_TOO_LONG"), maxWaitMs);
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const waiter: Waiter = {
        grant: () => {
          cleanup();
          resolve({ admitted: true, release: releaser(client, queue) });
        },
      };
      queue.waiting.push(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  };

  return {
    admit,
    enabled: maxConcurrentPerClient > 0,
    /** Requests in progress and waiting per client (for tests and diagnostics). */
    load(client: string): { active: number; waiting: number } {
      const state = clients.get(client);
      return { active: state?.active ?? 0, waiting: state?.waiting.length ?? 0 };
    },
    /** Clients with something in progress. */
    get clientCount() {
      return clients.size;
    },
  };
}

export type FairScheduler = ReturnType<typeof createFairScheduler>;

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) and `127.0.0.1` are one address. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * Parses TRUSTED_PROXY: the addresses (comma separated) of proxies whose X-Forwarded-For is
 * believed. Only exact addresses, no ranges: a proxy one trusts is one whose address one knows.
 */
export function parseTrustedProxies(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map(normaliseAddress);
}

/**
 * The address a request came from. The connection's peer, unless that peer is a trusted proxy:
 * then X-Forwarded-For is read from the right (each proxy appends the address it saw), skipping
 * trusted proxies, and the first address not one of them is the client. What a client writes
 * into X-Forwarded-For itself sits to the left of that and is never believed.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: readonly string[],
): string {
  let address = normaliseAddress(peer ?? "unknown");
  if (!trustedProxies.includes(address) || forwardedFor === undefined) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((hop) => normaliseAddress(hop))
    .filter((hop) => hop !== "");
  while (hops.length > 0 && trustedProxies.includes(address)) address = hops.pop() as string;
  return address;
}

/**
 * Who a request counts as for fairness: the token's id when it carries a valid token (one
 * holder, wherever they connect from), else its address. An invalid token counts as its
 * address, so inventing tokens buys no extra slots.
 */
export function clientKey(viewerId: string | undefined, address: string): string {
  return viewerId ? `token:${viewerId}` : `address:${address}`;
}

import { BROWSER_ID_HEADER, isBrowserId } from "@bpx/domain";
/**
 * Fair scheduling between clients: each client may have a few GraphQL requests in progress at
 * once; further ones wait briefly in that client's own queue, then are refused with 429
 * RATE_LIMITED. A client over its share also lets the others go first: its next request starts
 * once no other client's request is at work, or after a short wait. One client sending a barrage
 * then gets the turns of the single Node process that nobody else wants, and its excess never
 * delays anybody else's requests.
 */

export interface FairnessOptions {
  /** Requests one client may have in progress at once; 0 turns the scheduler off. */
  maxConcurrentPerClient: number;
  /** Further requests of one client that may wait for a slot; past that, 429 at once. */
  maxQueuedPerClient: number;
  /** How long a request may wait for its client's slot before it is refused. */
  maxWaitMs: number;
  /**
   * How long, at most, a client with requests waiting (one over its share) holds back its next
   * one while other clients' requests are being worked on; 0 hands its slot on at once.
   */
  yieldMs: number;
}

/**
 * Two at once: the server is one Node process, so more at once would not finish a client's work
 * sooner, only take more turns from everybody else (abuse runs in docs/security.md: at four, a
 * barrage still pushed other clients' p99 past 3x). 32 more wait up to a second, long enough for
 * a burst (a page's parallel requests) to drain, short enough that a refused client learns it
 * quickly. A client over its share holds its next request back 50 ms at most: long enough for
 * other clients' queries (tens of milliseconds) to finish first, short enough that a busy
 * client still progresses.
 */
export const DEFAULT_FAIRNESS: FairnessOptions = {
  maxConcurrentPerClient: 2,
  maxQueuedPerClient: 32,
  maxWaitMs: 1000,
  yieldMs: 50,
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
  /** Slots it holds: requests in progress, and slots held back between two of its requests. */
  active: number;
  waiting: Waiter[];
  /** Of those, slots held back (yieldMs) while other clients work. */
  held: number;
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
  yieldMs,
}: FairnessOptions = DEFAULT_FAIRNESS) {
  const clients = new Map<string, ClientState>();
  const retryAfterSeconds = Math.max(1, Math.ceil(maxWaitMs / 1000));
  /** Slots held back by clients over their share, each handed on when it fires. */
  const heldBack = new Set<() => void>();

  /** Whether a client within its share (nothing waiting) has a request being worked on. */
  const othersAtWork = (): boolean => {
    for (const state of clients.values())
      if (state.waiting.length === 0 && state.active - state.held > 0) return true;
    return false;
  };

  /** Once no client within its share is at work, the held-back slots go on at once. */
  const afterFree = () => {
    if (heldBack.size > 0 && !othersAtWork()) for (const fire of [...heldBack]) fire();
  };

  /** The slot goes straight to the client's next waiter (no other request can take it), or is freed. */
  const handOn = (client: string, state: ClientState) => {
    const next = state.waiting.shift();
    if (next) return next.grant();
    state.active--;
    if (state.active === 0) clients.delete(client);
    afterFree();
  };

  const releaser = (client: string, state: ClientState): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // Cheap clients first: a client over its share starts its next request once the others'
      // requests are done, or after yieldMs, so a barrage takes the turns nobody else wants.
      if (yieldMs > 0 && state.waiting.length > 0 && othersAtWork()) {
        state.held++;
        let fired = false;
        const fire = () => {
          if (fired) return;
          fired = true;
          clearTimeout(timer);
          heldBack.delete(fire);
          state.held--;
          handOn(client, state);
        };
        const timer = setTimeout(fire, yieldMs);
        heldBack.add(fire);
        return;
      }
      handOn(client, state);
    };
  };

  const admit = (client: string, signal?: AbortSignal): Promise<Admission> => {
    if (maxConcurrentPerClient <= 0) return Promise.resolve({ admitted: true, release: () => {} });
    if (signal?.aborted) return Promise.resolve({ admitted: false, reason: "ABORTED", retryAfterSeconds });
    let state = clients.get(client);
    if (!state) {
      state = { active: 0, waiting: [], held: 0 };
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
export function clientKey(viewerId: string | undefined, address: string, browserId?: string | null): string {
  if (viewerId) return `token:${viewerId}`;
  return browserId ? `browser:${browserId}` : `address:${address}`;
}

export { BROWSER_ID_HEADER };

/**
 * The browser a trusted proxy (the web app) says a request is for, or null. Every anonymous
 * visitor of the web app reaches the API from the web server's one address; without this they
 * would all share one client's slots. Believed only from a TRUSTED_PROXY peer, like
 * X-Forwarded-For, and only in the web app's own id format.
 */
export function browserId(
  peer: string | undefined,
  header: string | string[] | undefined,
  trustedProxies: readonly string[],
): string | null {
  if (!isBrowserId(header)) return null;
  return trustedProxies.includes(normaliseAddress(peer ?? "unknown")) ? header : null;
}

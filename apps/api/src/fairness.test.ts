import { describe, expect, it } from "vitest";
import { readEnv } from "./env";
import {
  type Admission,
  browserId,
  clientAddress,
  clientKey,
  createFairScheduler,
  type FairnessOptions,
  normaliseAddress,
  parseTrustedProxies,
} from "./fairness";

const tick = () => new Promise((r) => setTimeout(r, 5));

/** Whether `promise` has settled yet, without waiting for it. */
async function settled<T>(promise: Promise<T>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await tick();
  return done;
}

/** A scheduler for one test: one at a time, five waiting, 5 s of patience, no holding back, unless told. */
const schedulerWith = (options: Partial<FairnessOptions>) =>
  createFairScheduler({
    maxConcurrentPerClient: 1,
    maxQueuedPerClient: 5,
    maxWaitMs: 5000,
    yieldMs: 0,
    ...options,
  });

const granted = (admission: Admission) => {
  if (!admission.admitted) throw new Error(`refused: ${admission.reason}`);
  return admission.release;
};

describe("the fair scheduler", () => {
  it("lets a client have maxConcurrentPerClient requests at once; the next waits for a release", async () => {
    const scheduler = schedulerWith({ maxConcurrentPerClient: 2 });
    const first = granted(await scheduler.admit("a"));
    granted(await scheduler.admit("a"));
    const third = scheduler.admit("a");
    expect(await settled(third)).toBe(false);
    expect(scheduler.load("a")).toEqual({ active: 2, waiting: 1 });
    first();
    expect((await third).admitted).toBe(true);
    expect(scheduler.load("a")).toEqual({ active: 2, waiting: 0 });
  });

  it("never holds one client up behind another's full share", async () => {
    const scheduler = schedulerWith({});
    granted(await scheduler.admit("attacker"));
    const queued = scheduler.admit("attacker");
    expect(await settled(queued)).toBe(false);
    expect(await settled(scheduler.admit("someone else"))).toBe(true);
  });

  it("refuses at once when the client's queue is full, saying when to retry", async () => {
    const scheduler = schedulerWith({ maxQueuedPerClient: 1, maxWaitMs: 2500 });
    granted(await scheduler.admit("a"));
    void scheduler.admit("a");
    expect(await scheduler.admit("a")).toEqual({
      admitted: false,
      reason: "QUEUE_FULL",
      retryAfterSeconds: 3,
    });
  });

  it("refuses a request that waited maxWaitMs, and gives its place to nobody", async () => {
    const scheduler = schedulerWith({ maxWaitMs: 30 });
    const release = granted(await scheduler.admit("a"));
    const waited = await scheduler.admit("a");
    expect(waited).toMatchObject({ admitted: false, reason: "WAITED_TOO_LONG", retryAfterSeconds: 1 });
    expect(scheduler.load("a")).toEqual({ active: 1, waiting: 0 });
    release();
    expect(scheduler.load("a")).toEqual({ active: 0, waiting: 0 });
    expect(scheduler.clientCount).toBe(0);
  });

  it("drops a waiting request whose client hung up, so it never takes a slot", async () => {
    const scheduler = schedulerWith({});
    const release = granted(await scheduler.admit("a"));
    const hungUp = new AbortController();
    const gone = scheduler.admit("a", hungUp.signal);
    const next = scheduler.admit("a");
    hungUp.abort();
    expect(await gone).toMatchObject({ admitted: false, reason: "ABORTED" });
    release();
    expect((await next).admitted).toBe(true);
    expect(scheduler.load("a")).toEqual({ active: 1, waiting: 0 });
  });

  it("serves a client's waiting requests in the order they came", async () => {
    const scheduler = schedulerWith({});
    let release = granted(await scheduler.admit("a"));
    const order: number[] = [];
    const waiting = [1, 2, 3].map((n) =>
      scheduler.admit("a").then((admission) => {
        order.push(n);
        return granted(admission);
      }),
    );
    for (const w of waiting) {
      release();
      release = await w;
    }
    expect(order).toEqual([1, 2, 3]);
  });

  it("counts a release once, however often it is called", async () => {
    const scheduler = schedulerWith({ maxConcurrentPerClient: 2 });
    const release = granted(await scheduler.admit("a"));
    granted(await scheduler.admit("a"));
    release();
    release();
    expect(scheduler.load("a")).toEqual({ active: 1, waiting: 0 });
  });

  it("starts the next request of a client over its share only once other clients' work is done", async () => {
    const scheduler = schedulerWith({ yieldMs: 5000 });
    const attacker = granted(await scheduler.admit("attacker"));
    const queued = scheduler.admit("attacker");
    const someone = granted(await scheduler.admit("someone"));
    attacker();
    // Someone else's request is still at work: the attacker's next one waits for it.
    expect(await settled(queued)).toBe(false);
    expect(scheduler.load("attacker")).toEqual({ active: 1, waiting: 1 });
    someone();
    expect((await queued).admitted).toBe(true);
  });

  it("holds a client over its share back for yieldMs at most", async () => {
    const scheduler = schedulerWith({ yieldMs: 40 });
    const attacker = granted(await scheduler.admit("attacker"));
    const queued = scheduler.admit("attacker");
    granted(await scheduler.admit("someone")); // never released
    attacker();
    expect(await settled(queued)).toBe(false);
    await new Promise((r) => setTimeout(r, 60));
    expect(await settled(queued)).toBe(true);
  });

  it("hands a client's slot on at once when nobody else is at work, or it has nobody waiting", async () => {
    const scheduler = schedulerWith({ yieldMs: 5000 });
    const first = granted(await scheduler.admit("a"));
    const second = scheduler.admit("a");
    first();
    expect(await settled(second)).toBe(true);
    const someone = granted(await scheduler.admit("someone"));
    granted(await second)();
    expect(scheduler.load("a")).toEqual({ active: 0, waiting: 0 });
    someone();
    expect(scheduler.clientCount).toBe(0);
  });

  it("admits everything when turned off (0)", async () => {
    const scheduler = schedulerWith({ maxConcurrentPerClient: 0, maxQueuedPerClient: 0, maxWaitMs: 0 });
    const all = await Promise.all(Array.from({ length: 50 }, () => scheduler.admit("a")));
    expect(all.every((a) => a.admitted)).toBe(true);
    expect(scheduler.enabled).toBe(false);
  });
});

describe("who a request counts as", () => {
  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.66", [])).toBe("127.0.0.1");
    expect(clientAddress("::ffff:10.0.0.2", "203.0.113.66", [])).toBe("10.0.0.2");
  });

  it("is the last address a trusted proxy saw, never one the client wrote itself", () => {
    const proxies = parseTrustedProxies("10.0.0.1, ::ffff:10.0.0.2");
    expect(proxies).toEqual(["10.0.0.1", "10.0.0.2"]);
    expect(clientAddress("10.0.0.1", "203.0.113.66", proxies)).toBe("203.0.113.66");
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
    expect(clientAddress("10.0.0.1", "1.2.3.4, 203.0.113.66", proxies)).toBe("203.0.113.66");
    // Two trusted proxies in a row: both are skipped.
    expect(clientAddress("10.0.0.1", ["1.2.3.4, 203.0.113.66", "10.0.0.2"], proxies)).toBe("203.0.113.66");
    // A trusted proxy that forwarded nothing: the proxy itself.
    expect(clientAddress("10.0.0.1", undefined, proxies)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", " , ", proxies)).toBe("10.0.0.1");
  });

  it("is the token's holder when the token is valid, else the address", () => {
    expect(clientKey("educator-1a2b3c4d", "203.0.113.66")).toBe("token:educator-1a2b3c4d");
    expect(clientKey(undefined, "203.0.113.66")).toBe("address:203.0.113.66");
    expect(clientKey(undefined, "203.0.113.66", "browser-a-0123456789abcdef")).toBe(
      "browser:browser-a-0123456789abcdef",
    );
    expect(clientKey("educator-1a2b3c4d", "203.0.113.66", "browser-a-0123456789abcdef")).toBe(
      "token:educator-1a2b3c4d",
    );
    expect(browserId("10.0.0.1", "browser-a-0123456789abcdef", ["10.0.0.1"])).toBe(
      "browser-a-0123456789abcdef",
    );
    expect(browserId("10.0.0.9", "browser-a-0123456789abcdef", ["10.0.0.1"])).toBeNull();
    expect(browserId("10.0.0.1", "not an id!", ["10.0.0.1"])).toBeNull();
    expect(browserId("10.0.0.1", ["a", "b"], ["10.0.0.1"])).toBeNull();
    expect(normaliseAddress(" ::FFFF:127.0.0.1 ")).toBe("127.0.0.1");
    expect(normaliseAddress("::1")).toBe("::1");
  });
});

describe("the fairness settings", () => {
  it("default to two at once, 32 waiting for up to a second, and no trusted proxy", () => {
    const env = readEnv({});
    expect(env.fairness).toEqual({
      maxConcurrentPerClient: 2,
      maxQueuedPerClient: 32,
      maxWaitMs: 1000,
      yieldMs: 50,
    });
    expect(env.trustedProxies).toEqual([]);
  });

  it("take TRUSTED_PROXY as exact addresses only", () => {
    expect(readEnv({ TRUSTED_PROXY: "127.0.0.1, ::1" }).trustedProxies).toEqual(["127.0.0.1", "::1"]);
    expect(() => readEnv({ TRUSTED_PROXY: "10.0.0.0/8" })).toThrow(
      /TRUSTED_PROXY: not an IP address: 10.0.0.0\/8/,
    );
    expect(readEnv({ CLIENT_MAX_CONCURRENT: "0" }).fairness.maxConcurrentPerClient).toBe(0);
  });
});

import type { LayoutPositions, LayoutRequest } from "./layouts";

export type LayoutReply =
  | { id: number; positions: LayoutPositions; ms: number; error?: undefined }
  | { id: number; error: string };

export interface LayoutResult {
  positions: LayoutPositions;
  /** Time spent computing the layout. */
  ms: number;
  /** True when it ran in the worker; false after falling back to the main thread. */
  offThread: boolean;
}

export interface LayoutClient {
  run(request: LayoutRequest): Promise<LayoutResult>;
  dispose(): void;
}

/**
 * Computes layouts in a Web Worker. When the worker cannot start (an old browser, a blocked
 * script), it falls back to the main thread after the next paint, so the page still works.
 */
export function createLayoutClient(): LayoutClient {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = null;
  }
  let nextId = 0;
  const pending = new Map<number, (reply: LayoutReply) => void>();

  worker?.addEventListener("message", (event: MessageEvent<LayoutReply>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  });
  worker?.addEventListener("error", () => {
    worker?.terminate();
    worker = null;
    for (const [id, resolve] of pending) resolve({ id, error: "The layout worker failed" });
    pending.clear();
  });

  async function onMainThread(request: LayoutRequest): Promise<LayoutResult> {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const { computeLayout } = await import("./layout-engine");
    const start = performance.now();
    return { positions: computeLayout(request), ms: performance.now() - start, offThread: false };
  }

  return {
    async run(request) {
      const current = worker;
      if (!current) return onMainThread(request);
      nextId += 1;
      const id = nextId;
      const reply = await new Promise<LayoutReply>((resolve) => {
        pending.set(id, resolve);
        current.postMessage({ id, request });
      });
      if (reply.error !== undefined) return onMainThread(request);
      return { positions: reply.positions, ms: reply.ms, offThread: true };
    },
    dispose() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}

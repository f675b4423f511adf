import { computeLayeredLayout } from "./columns";
import type { LayoutPositions, LayoutRequest } from "./layouts";

export type LayoutReply =
  | { id: number; positions: LayoutPositions; ms: number; error?: undefined }
  | { id: number; error: string };

export interface LayoutResult {
  positions: LayoutPositions;
  /** Time spent computing the layout. */
  ms: number;
  /** True when it ran in the worker; false on the main thread (the layered layout, or a fallback). */
  offThread: boolean;
}

export interface LayoutClient {
  run(request: LayoutRequest): Promise<LayoutResult>;
  dispose(): void;
}

/**
 * Computes layouts. The layered one (columns.ts: a few sweeps, linear in the edges, about 1 ms for
 * the case graph and a few for 300 nodes) runs on the main thread at once: a worker would first
 * have to start and load its own Cytoscape (250-350 ms here), which was most of a shared case
 * link's wait for its drawing. The force-directed and concentric layouts run in a Web Worker,
 * started on the first such request, off the page's main thread. When the worker cannot start (an
 * old browser, a blocked script), they fall back to the main thread after the next paint, so the
 * page still works.
 */
export function createLayoutClient(): LayoutClient {
  let worker: Worker | null = null;
  let started = false;
  let nextId = 0;
  const pending = new Map<number, (reply: LayoutReply) => void>();

  function startWorker(): Worker | null {
    if (started) return worker;
    started = true;
    try {
      worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    } catch {
      return null;
    }
    worker.addEventListener("message", (event: MessageEvent<LayoutReply>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    });
    worker.addEventListener("error", () => {
      worker?.terminate();
      worker = null;
      for (const [id, resolve] of pending) resolve({ id, error: "The layout worker failed" });
      pending.clear();
    });
    return worker;
  }

  async function onMainThread(request: LayoutRequest): Promise<LayoutResult> {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const { computeLayout } = await import("./layout-engine");
    const start = performance.now();
    return { positions: computeLayout(request), ms: performance.now() - start, offThread: false };
  }

  return {
    async run(request) {
      if (request.name === "layered") {
        // A task of its own, as a worker's answer would be: the label sizes measured for this
        // request and the drawing that follows do not add up into one long task.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const start = performance.now();
        const positions = computeLayeredLayout(request);
        return { positions, ms: performance.now() - start, offThread: false };
      }
      const current = startWorker();
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
      started = true;
      pending.clear();
    },
  };
}

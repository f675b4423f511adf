import type { SafetyStatement } from "@bpx/domain";
import type { GraphStore } from "@bpx/graph-store";

interface SubjectSafety {
  statements: SafetyStatement[];
  drugClasses: Record<string, string[]>;
}

/**
 * Batches the safety look-ups of one request (every Drug.safety and Diagnostic.safety field in a
 * list) into one store call of two queries.
 */
export function createSafetyLoader(store: Pick<GraphStore, "safety">) {
  const cache = new Map<string, Promise<SubjectSafety>>();
  let queue: { id: string; resolve: (s: SubjectSafety) => void; reject: (e: unknown) => void }[] = [];

  const flush = async () => {
    const batch = queue;
    queue = [];
    try {
      const { safety, drugClasses } = await store.safety([...new Set(batch.map((b) => b.id))]);
      for (const item of batch) item.resolve({ statements: safety, drugClasses });
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };

  return {
    load(id: string): Promise<SubjectSafety> {
      const cached = cache.get(id);
      if (cached) return cached;
      const promise = new Promise<SubjectSafety>((resolve, reject) => {
        if (queue.length === 0) queueMicrotask(() => void flush());
        queue.push({ id, resolve, reject });
      });
      cache.set(id, promise);
      return promise;
    },
  };
}

export type SafetyLoader = ReturnType<typeof createSafetyLoader>;

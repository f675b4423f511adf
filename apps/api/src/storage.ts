import { statfs } from "node:fs/promises";
import { apiError } from "@bpx/schema";
import { type DefinitionNode, type DocumentNode, Kind, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";

/** Free bytes below which the store's disk counts as full: a write and its log need room. */
export const DEFAULT_MIN_FREE_BYTES = 16 * 1024 * 1024;

export interface StorageState {
  ok: boolean;
  freeBytes: number;
  /** Why writes cannot succeed, for /ready and the error; undefined when ok. */
  reason?: string;
}

/**
 * Checks the free space of the folder the embedded store writes to. A full disk made every write
 * an opaque INTERNAL_SERVER_ERROR (the store's rollback error hid ENOSPC) while /ready said 200;
 * checking before a write lets the API say what is wrong and /ready fail while it lasts.
 */
export function createStorageCheck(dir: string, minFreeBytes = DEFAULT_MIN_FREE_BYTES) {
  return async (): Promise<StorageState> => {
    const stats = await statfs(dir);
    const freeBytes = stats.bavail * stats.bsize;
    if (freeBytes >= minFreeBytes) return { ok: true, freeBytes };
    return {
      ok: false,
      freeBytes,
      reason: `storage full: ${freeBytes} bytes free for the graph store at ${dir}; writes need at least ${minFreeBytes}`,
    };
  };
}

export type StorageCheck = ReturnType<typeof createStorageCheck>;

/** Refuses mutations with STORE_UNAVAILABLE, saying so, while the store's disk is full. */
export function useStorageGuard(check: StorageCheck): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operations = (args.document as DocumentNode).definitions.filter(
        (d: DefinitionNode): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const operation = args.operationName
        ? operations.find((o) => o.name?.value === args.operationName)
        : operations[0];
      const writes = operation?.operation === "mutation";
      if (!writes) return;
      const state = await check();
      if (state.ok) return;
      setResultAndStopExecution({
        errors: [
          apiError(
            "STORE_UNAVAILABLE",
            "The graph store's disk is full, so nothing can be saved. Free some space and try again.",
            { reason: "STORAGE_FULL" },
          ),
        ],
      });
    },
  };
}

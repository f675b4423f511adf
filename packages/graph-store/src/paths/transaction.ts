import { randomUUID } from "node:crypto";
import type { TeachingPath, TeachingStepContent } from "@bpx/domain";
import { GET_PATHS } from "../queries-paths";
import type { CypherRunner, TransactionRunner } from "../runner";
import { TeachingPathError } from "./errors";
import { toStepRow, toTeachingPath } from "./mapping";

/** Refuses a write from inside a transaction: rolls it back and reaches the caller as thrown. */
export type Refuse = (error: unknown) => never;

/**
 * Runs `work` in one transaction and rethrows our own refusals as they are: the runners wrap
 * anything thrown inside a transaction into a StoreError, which would hide a CONFLICT or a
 * validation error from the API.
 */
export async function inTransaction<T>(
  runner: CypherRunner,
  work: (tx: TransactionRunner, refuse: Refuse) => Promise<T>,
): Promise<T> {
  let refusal: unknown;
  const refuse = (error: unknown): never => {
    refusal = error;
    throw error;
  };
  try {
    return await runner.transaction((tx) => work(tx, refuse));
  } catch (error) {
    throw refusal ?? error;
  }
}

/** Reads one path, drafts included, inside a transaction. */
export async function readPath(tx: TransactionRunner, id: string): Promise<TeachingPath | null> {
  const [row] = await tx.run(GET_PATHS, { ids: [id], includeDrafts: true });
  return row ? toTeachingPath(row) : null;
}

/** Gives new steps fresh ids; a kept id must be one of the path's own steps, listed once. */
export function assignStepIds(
  steps: readonly TeachingStepContent[],
  own: ReadonlySet<string>,
  refuse: Refuse,
) {
  const seen = new Set<string>();
  return steps.map((step, i) => {
    if (step.id !== undefined && step.id !== null) {
      if (!own.has(step.id) || seen.has(step.id)) {
        refuse(
          new TeachingPathError("INVALID_STEP", `steps[${i}].id "${step.id}" is not a step of this path.`, {
            field: `steps[${i}].id`,
          }),
        );
      }
      seen.add(step.id);
    }
    return toStepRow({ ...step, id: step.id ?? randomUUID() }, i);
  });
}

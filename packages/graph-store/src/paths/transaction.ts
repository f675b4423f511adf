import { randomUUID } from "node:crypto";
import type { TeachingPath, TeachingStepContent } from "@bpx/domain";
import { GET_PATHS } from "../queries-paths";
import type { TransactionRunner } from "../runner";
import { TeachingPathError } from "./errors";
import { toStepRow, toTeachingPath } from "./mapping";

/** Reads one path, drafts included, inside a transaction. */
export async function readPath(tx: TransactionRunner, id: string): Promise<TeachingPath | null> {
  const [row] = await tx.run(GET_PATHS, { ids: [id], includeDrafts: true });
  return row ? toTeachingPath(row) : null;
}

/** Gives new steps fresh ids; a kept id must be one of the path's own steps, listed once. */
export function assignStepIds(steps: readonly TeachingStepContent[], own: ReadonlySet<string>) {
  const seen = new Set<string>();
  return steps.map((step, i) => {
    if (step.id !== undefined && step.id !== null) {
      if (!own.has(step.id) || seen.has(step.id)) {
        throw new TeachingPathError(
          "INVALID_STEP",
          `steps[${i}].id "${step.id}" is not a step of this path.`,
          {
            field: `steps[${i}].id`,
          },
        );
      }
      seen.add(step.id);
    }
    return toStepRow({ ...step, id: step.id ?? randomUUID() }, i);
  });
}

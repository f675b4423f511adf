import type { NodeKind } from "./kinds";

/**
 * Clinical relationship types with the node kinds they join. The loader rejects an edge whose
 * endpoints are of other kinds, so the direction of every relationship is fixed and documented.
 */
export const RELATION_TYPES = {
  PRESENTS_WITH: { from: ["CONDITION"], to: ["FINDING"] },
  EVALUATES: { from: ["DIAGNOSTIC"], to: ["CONDITION"] },
  DETECTS: { from: ["DIAGNOSTIC"], to: ["FINDING"] },
  TREATS: { from: ["DRUG"], to: ["CONDITION"] },
  RELIEVES: { from: ["INTERVENTION", "DRUG"], to: ["CONDITION", "FINDING"] },
  PREVENTS: { from: ["INTERVENTION"], to: ["CONDITION"] },
  MAY_LEAD_TO: { from: ["CONDITION"], to: ["CONDITION"] },
  RISK_FACTOR_FOR: { from: ["FINDING", "CONDITION"], to: ["CONDITION"] },
  ALTERNATIVE_TO: {
    from: ["DIAGNOSTIC", "DRUG", "INTERVENTION"],
    to: ["DIAGNOSTIC", "DRUG", "INTERVENTION"],
  },
  BELONGS_TO_CLASS: { from: ["DRUG"], to: ["DRUG"] },
  /** A safety statement in pregnancy, from the subject to the source that makes it. */
  HAS_SAFETY: { from: ["DRUG", "DIAGNOSTIC", "INTERVENTION"], to: ["SOURCE"] },
} as const satisfies Record<string, { from: readonly NodeKind[]; to: readonly NodeKind[] }>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && Object.hasOwn(RELATION_TYPES, value);
}

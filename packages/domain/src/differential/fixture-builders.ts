/** TEST SUPPORT. Builders for small synthetic knowledge; every quote they make says "Test data". */
import type { Evidence, RedFlagRule } from "../graph";
import { type EvokingStrength, type Frequency, SOURCE_RANK, type SourceKind } from "../scales";
import type {
  ConditionFacts,
  DiagnosticFacts,
  DifferentialKnowledge,
  FindingLink,
  SafetyStatement,
  StatedLevel,
  TreatmentLink,
} from "./types";

export function testEvidence(text: string, sourceId = "test-textbook"): Evidence {
  return { sourceId, quote: `Test data: ${text}`, verbatim: false };
}

export function condition(id: string, overrides: Partial<ConditionFacts> = {}): ConditionFacts {
  return { id, name: id, category: "test", urgency: "routine", prevalence: "common", ...overrides };
}

export function link(
  conditionId: string,
  findingId: string,
  frequency: Frequency,
  evoking?: EvokingStrength,
  overrides: Partial<FindingLink> = {},
): FindingLink {
  const evidence = [testEvidence(`${conditionId} ${frequency} presents with ${findingId}.`)];
  return { conditionId, findingId, frequency, evoking, evidence, ...overrides };
}

export function statement(
  subjectId: string,
  level: StatedLevel,
  sourceId: string,
  sourceKind: SourceKind,
  weekFrom = 1,
  weekTo = 42,
): SafetyStatement {
  const evidence = testEvidence(`${subjectId} is ${level} in weeks ${weekFrom}-${weekTo}.`, sourceId);
  return {
    subjectId,
    level,
    weekFrom,
    weekTo,
    sourceId,
    sourceKind,
    sourceRank: SOURCE_RANK[sourceKind],
    evidence,
  };
}

export function diagnostic(
  id: string,
  evaluates: string[],
  overrides: Partial<DiagnosticFacts> = {},
): DiagnosticFacts {
  const evaluated = evaluates.map((conditionId) => ({
    conditionId,
    evidence: [testEvidence(`${id} evaluates ${conditionId}.`)],
  }));
  return {
    id,
    name: id,
    modality: "test",
    evaluates: evaluated,
    detects: [],
    alternatives: [],
    ...overrides,
  };
}

export function treatment(
  subjectId: string,
  conditionId: string,
  type: TreatmentLink["type"] = "TREATS",
  subjectKind: TreatmentLink["subjectKind"] = "DRUG",
): TreatmentLink {
  return {
    subjectId,
    subjectKind,
    conditionId,
    type,
    evidence: [testEvidence(`${subjectId} ${type} ${conditionId}.`)],
  };
}

export function redFlag(
  id: string,
  whenAll: string[],
  whenAny: string[],
  overrides: Partial<RedFlagRule> = {},
): RedFlagRule {
  return {
    id,
    message: `Test red flag ${id}`,
    urgency: "urgent",
    whenAll,
    whenAny,
    suggests: [],
    evidence: [],
    ...overrides,
  };
}

/** Knowledge with nothing in it but what is given. */
export function knowledge(parts: Partial<DifferentialKnowledge> = {}): DifferentialKnowledge {
  return {
    conditions: [],
    links: [],
    names: {},
    redFlags: [],
    diagnostics: [],
    treatments: [],
    safety: [],
    drugClasses: {},
    ...parts,
  };
}

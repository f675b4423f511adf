/** TEST SUPPORT. Random but well-formed knowledge and input for the property tests. */
import {
  EVOKING_STRENGTHS,
  FREQUENCIES,
  PREVALENCES,
  SAFETY_LEVELS,
  SOURCE_KINDS,
  URGENCIES,
} from "../scales";
import { condition, diagnostic, knowledge, link, redFlag, statement, treatment } from "./fixture-builders";
import type { Random } from "./seeded-random";
import type { DifferentialInput, DifferentialKnowledge, FindingLink, SafetyStatement } from "./types";

export interface RandomCase {
  knowledge: DifferentialKnowledge;
  input: DifferentialInput;
}

const FINDINGS = Array.from({ length: 10 }, (_, i) => `finding-${i}`);
const STATED_LEVELS = SAFETY_LEVELS.filter(
  (level) => level !== "CONFLICTING" && level !== "UNKNOWN",
) as SafetyStatement["level"][];

function maybeWindow(random: Random): { weekFrom?: number; weekTo?: number } {
  if (!random.chance(0.3)) return {};
  const weekFrom = 1 + random.int(30);
  return { weekFrom, weekTo: weekFrom + random.int(42 - weekFrom) };
}

/** Links with at most one per condition-finding pair, some windowed, some without evoking. */
function randomLinks(random: Random, conditionIds: string[]): FindingLink[] {
  const links: FindingLink[] = [];
  for (const conditionId of conditionIds) {
    for (const findingId of FINDINGS) {
      if (!random.chance(0.4)) continue;
      const evoking = random.chance(0.2) ? undefined : random.pick(EVOKING_STRENGTHS);
      links.push(link(conditionId, findingId, random.pick(FREQUENCIES), evoking, maybeWindow(random)));
    }
  }
  return links;
}

export function createRandomCase(random: Random): RandomCase {
  const conditionIds = Array.from({ length: 2 + random.int(10) }, (_, i) => `cond-${i}`);
  const conditions = conditionIds.map((id) =>
    condition(id, {
      urgency: random.pick(URGENCIES),
      prevalence: random.pick(PREVALENCES),
      ...maybeWindow(random),
    }),
  );
  const subjects = ["test-a", "test-b", "test-c", "test-class"];
  const diagnostics = ["dx-1", "dx-2", "dx-3"].map((id) =>
    diagnostic(
      id,
      conditionIds.filter(() => random.chance(0.3)),
      { alternatives: random.chance(0.5) ? ["dx-1"] : [] },
    ),
  );
  const safety = [...subjects, "dx-1", "dx-2", "dx-3"].flatMap((id) =>
    Array.from({ length: random.int(3) }, () => {
      const from = 1 + random.int(30);
      const sourceKind = random.pick(SOURCE_KINDS);
      return statement(
        id,
        random.pick(STATED_LEVELS),
        `test-${sourceKind}`,
        sourceKind,
        from,
        from + random.int(12),
      );
    }),
  );
  const shuffled = random.shuffle(FINDINGS);
  const present = shuffled.slice(0, random.int(5));
  const absent = shuffled.slice(5, 5 + random.int(4));
  return {
    knowledge: knowledge({
      conditions,
      links: randomLinks(random, conditionIds),
      names: Object.fromEntries(FINDINGS.map((id) => [id, `Finding ${id}`])),
      redFlags: [
        redFlag("rf-a", [random.pick(FINDINGS)], [], {
          urgency: random.pick(URGENCIES),
          suggests: [random.pick(conditionIds)],
          ...maybeWindow(random),
        }),
        redFlag("rf-b", [], [random.pick(FINDINGS), random.pick(FINDINGS)], {
          urgency: "emergency",
          suggests: [random.pick(conditionIds), "cond-not-in-knowledge"],
        }),
      ],
      diagnostics,
      treatments: subjects.flatMap((id) =>
        conditionIds.filter(() => random.chance(0.2)).map((c) => treatment(id, c)),
      ),
      safety,
      drugClasses: { "test-a": ["test-class"] },
    }),
    input: { present, absent, gestationalWeek: random.chance(0.8) ? 1 + random.int(42) : undefined },
  };
}

/** The same case with every array the engine reads in a different order. */
export function permuteCase(random: Random, { knowledge: k, input }: RandomCase): RandomCase {
  return {
    knowledge: {
      ...k,
      conditions: random.shuffle(k.conditions),
      links: random.shuffle(k.links),
      redFlags: random.shuffle(k.redFlags),
      diagnostics: random.shuffle(k.diagnostics),
      treatments: random.shuffle(k.treatments),
      safety: random.shuffle(k.safety),
    },
    input: { ...input, present: random.shuffle(input.present), absent: random.shuffle(input.absent) },
  };
}

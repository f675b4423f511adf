import type { ElementDefinition } from "cytoscape";
import { toGraphElements, toRelationLook } from "../graph-kit/elements";
import type { PathGraphMode } from "../graph-kit/path-style";
import { type StepTarget, toStepNodeIds } from "./connectivity";
import type { PathSubgraph } from "./queries";

export interface PathElementOptions {
  mode: PathGraphMode;
  /** The selected (builder) or presented (presenter) step; -1 for none. */
  current: number;
}

/** Step numbers (1-based) per element id, in path order. */
function toStepNumbers(steps: readonly StepTarget[]): Map<string, number[]> {
  const numbers = new Map<string, number[]>();
  steps.forEach((step, i) => {
    const id = step.nodeId ?? step.edgeId;
    if (id) numbers.set(id, [...(numbers.get(id) ?? []), i + 1]);
  });
  return numbers;
}

function toRoleClasses(numbers: readonly number[], { mode, current }: PathElementOptions): string[] {
  if (numbers.length === 0) return ["off-path"];
  const classes = ["in-path"];
  if (numbers.includes(current + 1)) classes.push("step-current");
  else if (mode === "presenter")
    classes.push(numbers.some((n) => n <= current) ? "step-visited" : "step-upcoming");
  return classes;
}

function toLabel(name: string, numbers: readonly number[], { mode, current }: PathElementOptions): string {
  const shown = mode === "presenter" ? numbers.filter((n) => n <= current + 1) : numbers;
  return shown.length === 0 ? name : `${shown.join(", ")} · ${name}`;
}

/** Cytoscape elements for a path drawing, classed by kind and by each element's place in the path. */
export function toPathElements(
  subgraph: PathSubgraph,
  steps: readonly StepTarget[],
  options: PathElementOptions,
): ElementDefinition[] {
  const numbers = toStepNumbers(steps);
  const currentStep = steps[options.current];
  // The ends of the relationship being shown are part of what the learner looks at.
  const currentEnds = new Set(currentStep?.edgeId ? toStepNodeIds(currentStep) : []);
  // So are the ends of relationships already shown, even when no step was about the node itself.
  const reachedEnds = new Set(
    steps.slice(0, Math.max(options.current, 0)).flatMap((step) => (step.edgeId ? toStepNodeIds(step) : [])),
  );
  return toGraphElements(subgraph, {
    node: (node) => {
      const stepNumbers = numbers.get(node.id) ?? [];
      const classes = toRoleClasses(stepNumbers, options);
      if (currentEnds.has(node.id)) classes.push("current-end");
      // Only where it changes something: nodes otherwise drawn faded (off the path, or still to come).
      else if (
        reachedEnds.has(node.id) &&
        (classes.includes("off-path") || classes.includes("step-upcoming"))
      ) {
        classes.push("reached-end");
      }
      return { label: toLabel(node.name, stepNumbers, options), classes };
    },
    edge: (edge) => {
      const stepNumbers = numbers.get(edge.id) ?? [];
      const relation = toRelationLook(edge);
      return {
        label: toLabel(relation.label, stepNumbers, options),
        classes: [...toRoleClasses(stepNumbers, options), ...relation.classes],
      };
    },
  });
}

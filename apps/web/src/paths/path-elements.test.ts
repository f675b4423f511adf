import { describe, expect, it } from "vitest";
import { subgraph } from "../test/fixtures";
import type { StepTarget } from "./connectivity";
import { toPathElements } from "./path-elements";
import { toBuilderSubgraph, toPathNodeIds, toPresenterSubgraph } from "./path-view";
import type { PathSubgraph } from "./queries";

/** The shared fixture: pyelonephritis and osteochondrosis both with fever ("never" for the spine), urinalysis evaluating pyelonephritis. */
const SUBGRAPH: PathSubgraph = subgraph;

const STEPS: StepTarget[] = [
  { nodeId: "pyelonephritis", edgeId: null },
  { nodeId: null, edgeId: "PRESENTS_WITH:pyelonephritis->fever" },
  { nodeId: "fever", edgeId: null },
  { nodeId: null, edgeId: "PRESENTS_WITH:osteochondrosis->fever" },
  { nodeId: "pyelonephritis", edgeId: null },
];

const byId = (elements: ReturnType<typeof toPathElements>) =>
  new Map(elements.map((element) => [element.data.id, element]));

/** The presenter's elements at one step (0-based) of a path. */
const presenterAt = (current: number, steps: StepTarget[] = STEPS) =>
  byId(toPathElements(toPresenterSubgraph(SUBGRAPH, steps), steps, { mode: "presenter", current }));

describe("path views", () => {
  it("lists the path's nodes once, in order", () => {
    expect(toPathNodeIds(STEPS)).toEqual(["pyelonephritis", "fever", "osteochondrosis"]);
  });

  it("builder: path nodes plus the selected step's neighbours, or every step's", () => {
    const selected = toBuilderSubgraph(SUBGRAPH, STEPS.slice(2, 3), 0, "selected");
    expect(selected.nodes.map((node) => node.id).sort()).toEqual([
      "fever",
      "osteochondrosis",
      "pyelonephritis",
    ]);
    const all = toBuilderSubgraph(SUBGRAPH, STEPS.slice(0, 3), 0, "all");
    expect(all.nodes).toHaveLength(4);
    expect(toBuilderSubgraph(SUBGRAPH, [], 0, "selected").nodes).toEqual([]);
  });

  it("presenter: only the path's nodes and the relationships among them", () => {
    const view = toPresenterSubgraph(SUBGRAPH, STEPS);
    expect(view.nodes.map((node) => node.id)).toEqual(["pyelonephritis", "fever", "osteochondrosis"]);
    expect(view.edges.map((edge) => edge.id)).toEqual([
      "PRESENTS_WITH:pyelonephritis->fever",
      "PRESENTS_WITH:osteochondrosis->fever",
    ]);
  });
});

describe("toPathElements", () => {
  it("presenter: marks the current step, the path so far and what is still to come", () => {
    const elements = presenterAt(2);
    expect(elements.get("fever")?.classes).toBe("kind-finding in-path step-current");
    expect(elements.get("fever")?.data.label).toBe("3 · Fever");
    expect(elements.get("pyelonephritis")?.classes).toBe("kind-condition in-path step-visited");
    expect(elements.get("pyelonephritis")?.data.label).toBe("1 · Pyelonephritis");
    expect(elements.get("PRESENTS_WITH:pyelonephritis->fever")?.classes).toBe("in-path step-visited");
    expect(elements.get("PRESENTS_WITH:osteochondrosis->fever")?.classes).toBe(
      "in-path step-upcoming argues-against",
    );
    expect(elements.get("PRESENTS_WITH:osteochondrosis->fever")?.data.label).toBe("never presents with");
    expect(elements.get("osteochondrosis")?.classes).toBe("kind-condition off-path");
  });

  it("presenter: a relationship step highlights the edge and marks its ends", () => {
    const elements = presenterAt(3);
    expect(elements.get("PRESENTS_WITH:osteochondrosis->fever")?.classes).toContain("step-current");
    expect(elements.get("PRESENTS_WITH:osteochondrosis->fever")?.data.label).toBe("4 · never presents with");
    expect(elements.get("osteochondrosis")?.classes).toContain("current-end");
    expect(elements.get("fever")?.classes).toBe("kind-finding in-path step-visited current-end");
  });

  it("presenter: the ends of a relationship already shown are not faded as off the path", () => {
    const steps: StepTarget[] = [
      { nodeId: null, edgeId: "EVALUATES:urinalysis->pyelonephritis" },
      { nodeId: "fever", edgeId: null },
    ];
    const elements = presenterAt(1, steps);
    expect(elements.get("urinalysis")?.classes).toBe("kind-diagnostic off-path reached-end");
    expect(elements.get("fever")?.classes).toBe("kind-finding in-path step-current");
  });

  it("builder: numbers every step, including repeats, and marks the selected one", () => {
    const elements = byId(toPathElements(SUBGRAPH, STEPS, { mode: "builder", current: 0 }));
    expect(elements.get("pyelonephritis")?.data.label).toBe("1, 5 · Pyelonephritis");
    expect(elements.get("pyelonephritis")?.classes).toBe("kind-condition in-path step-current");
    expect(elements.get("fever")?.classes).toBe("kind-finding in-path");
    expect(elements.get("urinalysis")?.classes).toBe("kind-diagnostic off-path");
  });

  it("drops relationships whose ends are not drawn", () => {
    const subgraph = { ...SUBGRAPH, nodes: SUBGRAPH.nodes.slice(0, 2) };
    const edges = toPathElements(subgraph, STEPS, { mode: "builder", current: -1 }).filter(
      (e) => e.group === "edges",
    );
    expect(edges.map((edge) => edge.data.id)).toEqual(["PRESENTS_WITH:pyelonephritis->fever"]);
  });
});

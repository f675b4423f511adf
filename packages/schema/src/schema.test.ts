import { NODE_KINDS, SAFETY_LEVELS } from "@bpx/domain";
import {
  type GraphQLEnumType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  isIntrospectionType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema } from "./index";
import { checkIds, checkIntRange } from "./validation";

describe("the executable schema", () => {
  const schema = createSchema();

  it("keeps the design contract's names", () => {
    const query = schema.getQueryType();
    expect(Object.keys(query?.getFields() ?? {})).toEqual(
      expect.arrayContaining(["node", "search", "neighborhood", "differential"]),
    );
    const kinds = schema.getType("NodeKind") as GraphQLEnumType;
    expect(kinds.getValues().map((v) => v.name)).toEqual([...NODE_KINDS]);
    const levels = schema.getType("SafetyLevel") as GraphQLEnumType;
    expect(levels.getValues().map((v) => v.name)).toEqual([...SAFETY_LEVELS]);
    const node = schema.getType("Node") as GraphQLInterfaceType;
    expect(Object.keys(node.getFields())).toEqual(["id", "kind", "name", "aliases"]);
    for (const name of ["Condition", "Finding", "Diagnostic", "Drug", "Intervention", "Source"]) {
      expect((schema.getType(name) as GraphQLObjectType).getInterfaces().map((i) => i.name)).toEqual([
        "Node",
      ]);
    }
  });

  it("every resolver-backed type is in the schema", () => {
    const names = Object.keys(schema.getTypeMap()).filter(
      (n) => !isIntrospectionType(schema.getType(n) as never),
    );
    expect(names).toEqual(
      expect.arrayContaining(["Differential", "Candidate", "RedFlag", "Safety", "SafetyStatement"]),
    );
  });
});

describe("input checks", () => {
  it("accepts values in range and names the field otherwise", () => {
    expect(checkIntRange(3, 1, 3, "depth")).toBe(3);
    expect(() => checkIntRange(4, 1, 3, "depth")).toThrow("depth must be an integer from 1 to 3; got 4.");
    expect(() => checkIntRange(1.5, 1, 3, "depth")).toThrow(/got 1.5/);
    expect(checkIds(["a", "b"], 2, "ids")).toEqual(["a", "b"]);
    expect(() => checkIds(["a", "a"], 5, "ids")).toThrow('ids lists "a" more than once.');
    expect(() => checkIds(["a", "b", "c"], 2, "ids")).toThrow("ids must hold 1 to 2 ids; got 3.");
  });
});

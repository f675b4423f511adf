import { describe, expect, it } from "vitest";
import { PathListDocument } from "../paths/queries";
import { NeighborhoodDocument } from "./queries";
import { toOperationName } from "./use-query";

describe("toOperationName", () => {
  it.each([
    [NeighborhoodDocument, "ExplorerNeighborhood"],
    [PathListDocument, "TeachingPathList"],
    ["query NodeNames($i0: ID!) { n0: node(id: $i0) { id } }", "NodeNames"],
    ["mutation DeleteTeachingPath($id: ID!) { deleteTeachingPath(id: $id) }", "DeleteTeachingPath"],
  ])("names %s's cache entries after its operation", (document, name) => {
    expect(toOperationName(document)).toBe(name);
  });

  it("falls back to the whole text for an anonymous operation, so two never share a key", () => {
    expect(toOperationName("{ viewer { role } }")).toBe("{ viewer { role } }");
  });
});

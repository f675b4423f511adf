import { describe, expect, it } from "vitest";
import { MAX_FOCUS_IDS, readExplorerState, toExplorerSearch, toFocusIds, withExpanded } from "./url-state";

describe("readExplorerState", () => {
  it.each([
    ["", { node: null, expand: [] }],
    ["?node=pyelonephritis", { node: "pyelonephritis", expand: [] }],
    ["?node=%20fever%20", { node: "fever", expand: [] }],
    ["?node=fever&expand=urinalysis,,paracetamol", { node: "fever", expand: ["urinalysis", "paracetamol"] }],
    ["?node=fever&expand=fever,urinalysis,urinalysis", { node: "fever", expand: ["urinalysis"] }],
    ["?expand=urinalysis", { node: null, expand: [] }],
    [`?node=${"x".repeat(201)}`, { node: null, expand: [] }],
  ])("reads %s", (search, expected) => {
    expect(readExplorerState(new URLSearchParams(search))).toEqual(expected);
  });

  it("caps the expanded nodes at the API's limit", () => {
    const many = Array.from({ length: 80 }, (_, index) => `n${index}`).join(",");
    const state = readExplorerState(new URLSearchParams(`?node=root&expand=${many}`));
    expect(toFocusIds(state)).toHaveLength(MAX_FOCUS_IDS);
  });
});

describe("toExplorerSearch", () => {
  it.each([
    [{ node: null, expand: ["a"] }, ""],
    [{ node: "pyelonephritis", expand: [] }, "?node=pyelonephritis"],
    [{ node: "fever", expand: ["urinalysis", "paracetamol"] }, "?node=fever&expand=urinalysis,paracetamol"],
    [{ node: "a b&c", expand: [] }, "?node=a+b%26c"],
  ])("writes %j as %s", (state, search) => {
    expect(toExplorerSearch(state)).toBe(search);
  });

  it("round-trips through readExplorerState", () => {
    const state = { node: "pyelonephritis", expand: ["fever", "urinalysis"] };
    expect(readExplorerState(new URLSearchParams(toExplorerSearch(state)))).toEqual(state);
  });
});

describe("withExpanded", () => {
  const state = { node: "pyelonephritis", expand: ["fever"] };

  it("adds a new node once", () => {
    expect(withExpanded(state, "urinalysis")).toEqual({
      node: "pyelonephritis",
      expand: ["fever", "urinalysis"],
    });
    expect(withExpanded(state, "fever")).toBe(state);
    expect(withExpanded(state, "pyelonephritis")).toBe(state);
  });

  it("does nothing without a node or at the limit", () => {
    const empty = { node: null, expand: [] };
    expect(withExpanded(empty, "fever")).toBe(empty);
    const full = {
      node: "root",
      expand: Array.from({ length: MAX_FOCUS_IDS - 1 }, (_, index) => `n${index}`),
    };
    expect(withExpanded(full, "extra")).toBe(full);
  });
});

import { describe, expect, it } from "vitest";
import { MAX_FOCUS_IDS, readExplorerState, toExplorerSearch, toFocusIds, withExpanded } from "./url-state";

describe("readExplorerState", () => {
  it.each([
    ["", { node: null, expand: [], week: null }],
    ["?node=pyelonephritis", { node: "pyelonephritis", expand: [], week: null }],
    ["?node=%20fever%20", { node: "fever", expand: [], week: null }],
    [
      "?node=fever&expand=urinalysis,,paracetamol",
      { node: "fever", expand: ["urinalysis", "paracetamol"], week: null },
    ],
    ["?node=fever&expand=fever,urinalysis,urinalysis", { node: "fever", expand: ["urinalysis"], week: null }],
    ["?expand=urinalysis", { node: null, expand: [], week: null }],
    [`?node=${"x".repeat(201)}`, { node: null, expand: [], week: null }],
    ["?node=ibuprofen&week=32", { node: "ibuprofen", expand: [], week: 32 }],
    ["?node=ibuprofen&week=45", { node: "ibuprofen", expand: [], week: null }],
    ["?week=10", { node: null, expand: [], week: 10 }],
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
    [{ node: null, expand: ["a"], week: null }, ""],
    [{ node: null, expand: ["a"], week: 24 }, "?week=24"],
    [{ node: "pyelonephritis", expand: [], week: null }, "?node=pyelonephritis"],
    [
      { node: "fever", expand: ["urinalysis", "paracetamol"], week: null },
      "?node=fever&expand=urinalysis,paracetamol",
    ],
    [{ node: "ibuprofen", expand: ["nsaids"], week: 32 }, "?node=ibuprofen&expand=nsaids&week=32"],
    [{ node: "a b&c", expand: [], week: null }, "?node=a+b%26c"],
  ])("writes %j as %s", (state, search) => {
    expect(toExplorerSearch(state)).toBe(search);
  });

  it("round-trips through readExplorerState", () => {
    const state = { node: "pyelonephritis", expand: ["fever", "urinalysis"], week: 24 };
    expect(readExplorerState(new URLSearchParams(toExplorerSearch(state)))).toEqual(state);
  });
});

describe("withExpanded", () => {
  const state = { node: "pyelonephritis", expand: ["fever"], week: 12 };

  it("adds a new node once, keeping the week", () => {
    expect(withExpanded(state, "urinalysis")).toEqual({
      node: "pyelonephritis",
      expand: ["fever", "urinalysis"],
      week: 12,
    });
    expect(withExpanded(state, "fever")).toBe(state);
    expect(withExpanded(state, "pyelonephritis")).toBe(state);
  });

  it("does nothing without a node or at the limit", () => {
    const empty = { node: null, expand: [], week: null };
    expect(withExpanded(empty, "fever")).toBe(empty);
    const full = {
      week: null,
      node: "root",
      expand: Array.from({ length: MAX_FOCUS_IDS - 1 }, (_, index) => `n${index}`),
    };
    expect(withExpanded(full, "extra")).toBe(full);
  });
});

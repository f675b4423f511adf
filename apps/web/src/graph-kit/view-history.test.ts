import { describe, expect, it } from "vitest";
import { createHistory, EMPTY_VIEW, record, redo, toHiddenIds, undo } from "./view-history";

describe("view history", () => {
  it("undoes and redoes pin, hide and collapse in order", () => {
    let history = createHistory();
    history = record(history, { type: "pin", id: "a" });
    history = record(history, { type: "hide", id: "b" });
    history = record(history, { type: "collapse", id: "c" });
    expect(history.present).toEqual({ pinned: ["a"], hidden: ["b"], collapsed: ["c"] });
    history = undo(history);
    expect(history.present.collapsed).toEqual([]);
    history = undo(history);
    expect(history.present.hidden).toEqual([]);
    history = redo(history);
    expect(history.present.hidden).toEqual(["b"]);
    expect(history.future).toHaveLength(1);
  });

  it("drops the redo branch on a new action and ignores actions that change nothing", () => {
    let history = record(createHistory(), { type: "hide", id: "b" });
    history = undo(history);
    history = record(history, { type: "pin", id: "a" });
    expect(history.future).toEqual([]);
    expect(record(history, { type: "pin", id: "a" })).toBe(history);
    expect(undo(createHistory())).toEqual(createHistory());
    expect(redo(history)).toBe(history);
  });

  it("unpins a node when it is hidden", () => {
    let history = record(createHistory(), { type: "pin", id: "a" });
    history = record(history, { type: "hide", id: "a" });
    expect(history.present.pinned).toEqual([]);
  });
});

describe("toHiddenIds", () => {
  const edges = [
    { source: "c", target: "leaf1" },
    { source: "c", target: "leaf2" },
    { source: "c", target: "shared" },
    { source: "other", target: "shared" },
  ];

  it("folds a collapsed node's leaves but not neighbours linked elsewhere", () => {
    expect([...toHiddenIds({ ...EMPTY_VIEW, collapsed: ["c"] }, edges)].sort()).toEqual(["leaf1", "leaf2"]);
  });

  it("never hides the nodes the reader asked for", () => {
    const view = { ...EMPTY_VIEW, hidden: ["c", "other"], collapsed: ["c"] };
    expect([...toHiddenIds(view, edges, ["c", "leaf1"])].sort()).toEqual(["leaf2", "other"]);
  });
});

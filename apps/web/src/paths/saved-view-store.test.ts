import { describe, expect, it } from "vitest";
import { parseSavedViews, toLibrarySearch, withoutSavedView, withSavedView } from "./saved-view-store";

describe("saved library views", () => {
  it("adds newest first, moves a repeated search to the top and removes by search", () => {
    let views = withSavedView([], " kidney ");
    views = withSavedView(views, "sciatica");
    views = withSavedView(views, "kidney");
    expect(views.map((view) => view.search)).toEqual(["kidney", "sciatica"]);
    expect(withSavedView(views, "  ")).toEqual(views);
    expect(withoutSavedView(views, "kidney").map((view) => view.search)).toEqual(["sciatica"]);
  });

  it("reads back what it stored and drops anything malformed", () => {
    const views = withSavedView([], "kidney");
    expect(parseSavedViews(JSON.stringify(views))).toEqual(views);
    expect(parseSavedViews("not json")).toEqual([]);
    expect(parseSavedViews(JSON.stringify({ name: "x" }))).toEqual([]);
    expect(
      parseSavedViews(
        JSON.stringify([
          { name: 1, search: "x" },
          { name: "y", search: "" },
        ]),
      ),
    ).toEqual([]);
  });

  it("keeps the search in the URL beside other parameters", () => {
    expect(toLibrarySearch("?page=2", "kidney stones")).toBe("?page=2&q=kidney+stones");
    expect(toLibrarySearch("?q=old", "")).toBe("");
  });
});

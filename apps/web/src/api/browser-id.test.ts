import { describe, expect, it } from "vitest";
import { isBrowserId, newBrowserId, readBrowserId } from "./browser-id";

describe("browser ids", () => {
  it("are new, URL-safe and in the format the API accepts", () => {
    const ids = new Set(Array.from({ length: 50 }, newBrowserId));
    expect(ids.size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(isBrowserId(id)).toBe(true);
    }
  });

  it("are read from their cookie only", () => {
    const id = newBrowserId();
    expect(readBrowserId(`x=1; bpx-client=${id}`)).toBe(id);
    expect(readBrowserId(`bpx-client-old=${id}`)).toBeNull();
    expect(readBrowserId(null)).toBeNull();
    expect(readBrowserId("bpx-client=<script>")).toBeNull();
  });
});

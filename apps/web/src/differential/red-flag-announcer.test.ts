import { describe, expect, it } from "vitest";
import { NO_ANNOUNCEMENT, toFlagAnnouncement } from "./red-flag-announcer";

const KIDNEY = { id: "rf-kidney", message: "Suspect pyelonephritis." };
const LABOUR = { id: "rf-labour", message: "Assess for preterm labour." };

describe("toFlagAnnouncement", () => {
  it("announces a flag once, and again only for a new one", () => {
    const first = toFlagAnnouncement(NO_ANNOUNCEMENT, [KIDNEY]);
    expect(first.text).toBe("New red flag: Suspect pyelonephritis.");
    expect(toFlagAnnouncement(first, [KIDNEY])).toBe(first);
    const second = toFlagAnnouncement(first, [KIDNEY, LABOUR]);
    expect(second.text).toBe("New red flag: Assess for preterm labour.");
    expect(second.seen).toEqual(["rf-kidney", "rf-labour"]);
  });

  it("stays quiet when flags go away or come back", () => {
    const both = toFlagAnnouncement(NO_ANNOUNCEMENT, [KIDNEY, LABOUR]);
    expect(both.text).toBe("2 new red flags: Suspect pyelonephritis. Assess for preterm labour.");
    expect(toFlagAnnouncement(both, [])).toBe(both);
    expect(toFlagAnnouncement(both, [LABOUR])).toBe(both);
  });

  it("says nothing without flags", () => {
    expect(toFlagAnnouncement(NO_ANNOUNCEMENT, [])).toBe(NO_ANNOUNCEMENT);
  });
});

/** What the red-flag live region has announced so far. */
export interface FlagAnnouncement {
  /** Every flag id announced since the page opened. */
  seen: readonly string[];
  /** The live region's text: it changes only when a flag not seen before appears. */
  text: string;
}

export const NO_ANNOUNCEMENT: FlagAnnouncement = { seen: [], text: "" };

/**
 * The next announcement for the flags now shown. A flag already announced is never announced
 * again (a re-render, a new week or another finding leave the text as it is, so screen readers
 * stay quiet); a new one is announced by its message. Flags that go away are kept in `seen`, so a
 * flag that comes back after a flip is not announced twice. The same object is returned when
 * nothing is new, so callers can compare by reference.
 */
export function toFlagAnnouncement(
  previous: FlagAnnouncement,
  flags: readonly { id: string; message: string }[],
): FlagAnnouncement {
  const fresh = flags.filter((flag) => !previous.seen.includes(flag.id));
  if (fresh.length === 0) return previous;
  const words = fresh.length === 1 ? "New red flag" : `${fresh.length} new red flags`;
  return {
    seen: [...previous.seen, ...fresh.map((flag) => flag.id)],
    text: `${words}: ${fresh.map((flag) => flag.message).join(" ")}`,
  };
}

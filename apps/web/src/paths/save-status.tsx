export type SaveState = "new" | "saving" | "unsaved" | "saved";

const TEXT: Record<SaveState, string> = {
  new: "Not saved yet",
  saving: "Saving…",
  unsaved: "Unsaved changes",
  saved: "All changes saved",
};

/** Saved or not, in words and a shape (a filled or hollow dot), announced politely. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p className={`save-status save-${state}`} role="status" data-testid="save-status" data-state={state}>
      <span className="save-dot" aria-hidden="true" />
      {TEXT[state]}
    </p>
  );
}

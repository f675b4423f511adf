/** Moves one item to a new index; out-of-range moves return the list unchanged (as a copy). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1) as [T];
  copy.splice(to, 0, item);
  return copy;
}

export interface MoveKey {
  key: string;
  altKey: boolean;
}

/**
 * The index a focused step moves to for a key press: Alt+ArrowUp / Alt+ArrowDown move it one
 * place, Alt+Home / Alt+End to either end. Null for any other key or a move that goes nowhere.
 */
export function toKeyboardMove({ key, altKey }: MoveKey, index: number, length: number): number | null {
  if (!altKey) return null;
  const targets: Record<string, number> = {
    ArrowUp: index - 1,
    ArrowDown: index + 1,
    Home: 0,
    End: length - 1,
  };
  const target = targets[key];
  if (target === undefined || target < 0 || target >= length || target === index) return null;
  return target;
}

/**
 * Where a dragged item lands when dropped on another: before it in the upper half, after it in the
 * lower half, counted in the list without the dragged item (the index moveItem expects).
 */
export function toDropIndex(from: number, over: number, lowerHalf: boolean): number {
  const slot = lowerHalf ? over + 1 : over;
  return slot > from ? slot - 1 : slot;
}

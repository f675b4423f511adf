import { isLayoutName, LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from "./layouts";

export interface LayoutSelectProps {
  value: LayoutName;
  onChange: (layout: LayoutName) => void;
  disabled?: boolean;
}

export function LayoutSelect({ value, onChange, disabled = false }: LayoutSelectProps) {
  return (
    <label className="toolbar-field">
      Layout
      <select
        value={value}
        onChange={(event) => isLayoutName(event.target.value) && onChange(event.target.value)}
        disabled={disabled}
      >
        {LAYOUT_NAMES.map((name) => (
          <option key={name} value={name}>
            {LAYOUT_LABELS[name]}
          </option>
        ))}
      </select>
    </label>
  );
}

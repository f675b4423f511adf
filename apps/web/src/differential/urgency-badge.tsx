const URGENCY: Record<string, { label: string; symbol: string }> = {
  emergency: { label: "Emergency", symbol: "‼" },
  urgent: { label: "Urgent", symbol: "▲" },
  soon: { label: "Soon", symbol: "◆" },
  routine: { label: "Routine", symbol: "○" },
};

/** How soon the condition needs a clinician, in words with a symbol. */
export function UrgencyBadge({ urgency }: { urgency: string }) {
  const visual = URGENCY[urgency] ?? { label: urgency, symbol: "•" };
  return (
    <span className={`urgency-badge urgency-${urgency}`}>
      <span aria-hidden="true">{visual.symbol}</span> {visual.label}
    </span>
  );
}

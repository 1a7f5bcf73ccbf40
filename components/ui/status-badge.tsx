const STYLES: Record<string, { label: string; className: string }> = {
  draft: { label: 'Draft', className: 'bg-slate-100 text-slate-700 border-slate-300' },
  in_review: { label: 'In review', className: 'bg-amber-50 text-amber-800 border-amber-300' },
  approved: { label: 'Approved', className: 'bg-emerald-50 text-emerald-800 border-emerald-300' },
  changes_requested: { label: 'Changes requested', className: 'bg-red-50 text-red-800 border-red-300' },
};

export function StatusBadge({ status }: Readonly<{ status: string }>) {
  const style = STYLES[status] ?? { label: status, className: 'bg-slate-100 text-slate-700 border-slate-300' };
  return (
    <span data-testid="status-badge" data-status={status} className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${style.className}`}>
      {style.label}
    </span>
  );
}

import Link from 'next/link';
import type { AuditEntryDto } from '@/lib/data/reviews';
import { formatUtc } from './format-time';

function describe(detail: unknown): string {
  if (!detail || typeof detail !== 'object') return '';
  const d = detail as Record<string, unknown>;
  if (typeof d.comment === 'string') return `“${d.comment}”`;
  if (typeof d.email === 'string' && d.to) return `${d.email}: ${String(d.from)} → ${String(d.to)}`;
  if (typeof d.email === 'string') return `${d.email} as ${String(d.role)}`;
  if (d.target) return `${String(d.target)} line ${String(d.line)}`;
  if (d.allowSelfApproval && typeof d.allowSelfApproval === 'object') return `self-approval ${(d.allowSelfApproval as { to: boolean }).to ? 'allowed' : 'not allowed'}`;
  return '';
}

/** Who did what, when, to which version and content hash. */
export function AuditTable({ entries, showTrigger }: Readonly<{ entries: AuditEntryDto[]; showTrigger: boolean }>) {
  if (entries.length === 0) return <p className="text-sm text-slate-500">No audit entries match.</p>;
  return (
    <table data-testid="audit-table" className="w-full rounded border border-slate-200 bg-white text-sm">
      <thead className="bg-slate-100 text-left text-slate-600">
        <tr>
          <th className="p-2">When</th><th className="p-2">Who</th><th className="p-2">What</th>
          {showTrigger && <th className="p-2">Trigger</th>}
          <th className="p-2">Version</th><th className="p-2">Content hash</th><th className="p-2">Detail</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="audit-row" data-action={e.action} className="border-t border-slate-100 align-top">
            <td className="whitespace-nowrap p-2 text-slate-500">{formatUtc(e.createdAt)}</td>
            <td className="p-2">{e.actorEmail}</td>
            <td className="p-2 font-mono text-xs">{e.action}</td>
            {showTrigger && <td className="p-2">{e.triggerId ? <Link className="text-indigo-700 hover:underline" href={`/triggers/${e.triggerId}/history`}>{e.triggerName ?? e.triggerId}</Link> : '—'}</td>}
            <td className="p-2">{e.version ? `v${e.version}` : '—'}</td>
            <td className="p-2 font-mono text-xs" title={e.contentHash ?? ''}>{e.contentHash ? e.contentHash.slice(0, 12) : '—'}</td>
            <td className="p-2 text-slate-600">{describe(e.detail)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

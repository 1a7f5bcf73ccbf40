import type { ReviewCommentDto } from '@/lib/data/reviews';
import { formatUtc } from './format-time';

const KIND: Record<string, string> = { approve: 'approved', request_changes: 'requested changes', comment: 'commented' };

export function CommentList({ comments }: Readonly<{ comments: ReviewCommentDto[] }>) {
  if (comments.length === 0) return <p className="text-sm text-slate-500">No comments on this version yet.</p>;
  return (
    <ul className="space-y-2">
      {comments.map((c) => (
        <li key={c.id} data-testid="review-comment" data-kind={c.kind} className="rounded border border-slate-200 bg-white p-2 text-sm">
          <div className="text-xs text-slate-500">
            {c.authorEmail} {KIND[c.kind] ?? c.kind}
            {c.target && c.line ? ` on ${c.target} line ${c.line}` : ''} · {formatUtc(c.createdAt)}
          </div>
          <p className="whitespace-pre-wrap">{c.body}</p>
        </li>
      ))}
    </ul>
  );
}

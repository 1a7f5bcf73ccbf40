import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { CommentList } from '@/components/review/comment-list';
import { orNotFound } from '@/components/review/or-not-found';
import { ReviewActions } from '@/components/review/review-actions';
import { LineCommentForm } from '@/components/review/line-comment-form';
import { ReviewDiagnostics } from '@/components/review/review-diagnostics';
import { SampleReview } from '@/components/review/sample-review';
import { VersionDiffLoader } from '@/components/review/version-diff-loader';
import { StatusBadge } from '@/components/ui/status-badge';
import { getCurrentUser } from '@/lib/auth/session';
import { runPreview } from '@/lib/core/preview/run-preview';
import type { TriggerDefinition } from '@/lib/core/trigger/definition';
import { can } from '@/lib/core/workflow/roles';
import { getDb } from '@/lib/data/db';
import { getLastApprovedVersion, getWorkspacePolicy, listVersionComments } from '@/lib/data/reviews';
import { getTrigger, getVersion, type VersionDto } from '@/lib/data/triggers';
import { parseVersionParam } from '@/lib/version-param';

export const dynamic = 'force-dynamic';

function definitionOf(v: VersionDto): TriggerDefinition {
  const { useCase, destination, triggerKind, dialect, template, condition, samples, settings } = v;
  return { useCase, destination, triggerKind, dialect, template, condition, samples, settings };
}

/** Review of one version against the last approved one: text diffs, payload diffs per sample, verdicts, problems, decision. */
export default async function ReviewPage({ params }: Readonly<{ params: Promise<{ triggerId: string; version: string }> }>) {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  const { triggerId, version: raw } = await params;
  const number = parseVersionParam(raw);
  if (number === null) notFound();
  const db = await getDb();
  const trigger = await orNotFound(getTrigger(db, user.workspaceId, triggerId));
  const version = await orNotFound(getVersion(db, user.workspaceId, triggerId, number));
  const [baseline, comments, policy] = await Promise.all([
    getLastApprovedVersion(db, user.workspaceId, triggerId, number),
    listVersionComments(db, user.workspaceId, triggerId, number),
    getWorkspacePolicy(db, user.workspaceId),
  ]);

  const preview = runPreview(definitionOf(version), { hasRemovalPath: !!trigger.paired });
  // The approved text rendered against the SAME sample profiles, so payload diffs compare like with like.
  const baselinePreview = baseline ? runPreview({ ...definitionOf(baseline), samples: version.samples }, { hasRemovalPath: !!trigger.paired }) : null;
  // Labels the left side of every diff; "nothing approved yet" read badly inside sentences.
  const baselineLabel = baseline ? `v${baseline.version} (approved)` : 'No approved version';
  const sampleNames = new Map(version.samples.map((s) => [s.id, s.name]));

  return (
    <div className="mx-auto max-w-7xl space-y-6" data-testid="review-page">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{trigger.name}</h1>
        <span data-testid="review-version" className="rounded bg-slate-100 px-2 py-0.5 text-sm">v{version.version}</span>
        <StatusBadge status={version.status} />
        <span className="text-sm text-slate-500">by {version.authorEmail}</span>
        <span className="font-mono text-xs text-slate-500" title={version.contentHash}>#{version.contentHash.slice(0, 12)}</span>
        <nav className="ml-auto flex gap-3 text-sm">
          <Link className="text-indigo-700 hover:underline" href={`/triggers/${trigger.id}/versions/${version.version}`}>Open v{version.version} (read-only)</Link>
          <Link className="text-indigo-700 hover:underline" href={`/triggers/${trigger.id}`}>Designer</Link>
          <Link className="text-indigo-700 hover:underline" href={`/triggers/${trigger.id}/history`}>History</Link>
        </nav>
      </header>

      <ReviewActions user={user} trigger={trigger} version={version} allowSelfApproval={policy.allowSelfApproval} />

      <section className="space-y-3">
        <h2 className="font-semibold">{baseline ? `Changes since ${baselineLabel}` : 'First review: no approved version to compare with'}</h2>
        <div>
          <h3 className="mb-1 text-sm font-medium">Payload template</h3>
          <VersionDiffLoader testId="template-diff" language="liquid-json" original={baseline?.template ?? ''} modified={version.template} originalLabel={baselineLabel} modifiedLabel={`v${version.version}`} height={360} />
        </div>
        <div>
          <h3 className="mb-1 text-sm font-medium">Condition</h3>
          <VersionDiffLoader testId="condition-diff" language="fql" original={baseline?.condition ?? ''} modified={version.condition} originalLabel={baselineLabel} modifiedLabel={`v${version.version}`} height={140} />
        </div>
      </section>

      <section className="space-y-3">
        <h2 className="font-semibold">Rendered payload per sample</h2>
        {preview.samples.map((s) => (
          <SampleReview key={s.sampleId} current={s} baseline={baselinePreview?.samples.find((b) => b.sampleId === s.sampleId) ?? null} baselineLabel={baselineLabel} />
        ))}
      </section>

      <section>
        <h2 className="mb-2 font-semibold">Problems and lints</h2>
        <ReviewDiagnostics diagnostics={preview.diagnostics} sampleNames={sampleNames} />
      </section>

      <section className="space-y-3">
        <h2 className="font-semibold">Comments</h2>
        <CommentList comments={comments} />
        {can(user.role, 'trigger:review') && (
          <LineCommentForm triggerId={trigger.id} version={version.version} templateLines={version.template.split('\n').length} conditionLines={version.condition.split('\n').length} />
        )}
      </section>
    </div>
  );
}

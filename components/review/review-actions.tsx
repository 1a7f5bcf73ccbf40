import type { CurrentUser } from '@/lib/auth/session';
import { availableActions, isVersionStatus } from '@/lib/core/workflow/version-workflow';
import { can } from '@/lib/core/workflow/roles';
import type { VersionDto } from '@/lib/data/triggers';
import { DecisionForm } from './decision-form';
import { formatUtc } from './format-time';
import { SubmitForReviewButton } from './submit-for-review-button';

type Props = Readonly<{ user: CurrentUser; trigger: { id: string; latestVersion: number }; version: VersionDto; allowSelfApproval: boolean }>;

/** What this user can do with this version now; the server re-checks every one of these. */
export function ReviewActions({ user, trigger, version, allowSelfApproval }: Props) {
  const status = isVersionStatus(version.status) ? version.status : 'draft';
  const actions = availableActions({
    actor: { id: user.id, role: user.role },
    version: { version: version.version, status, authorId: version.authorId, isLatest: version.version === trigger.latestVersion },
    policy: { allowSelfApproval },
  });
  const canApprove = actions.includes('approve');
  const canRequestChanges = actions.includes('request_changes');
  return (
    <section data-testid="review-actions" className="space-y-2">
      <p data-testid="review-state" className="text-sm text-slate-600">
        {status === 'draft' && 'Draft: not submitted for review yet.'}
        {status === 'in_review' && `Submitted for review ${formatUtc(version.submittedAt)}.`}
        {status === 'approved' && `Approved ${formatUtc(version.decidedAt)}. Approved versions never change; edits become a new version.`}
        {status === 'changes_requested' && `Changes requested ${formatUtc(version.decidedAt)}.`}
        {version.version !== trigger.latestVersion && ` A newer version (v${trigger.latestVersion}) exists.`}
      </p>
      {actions.includes('submit') && <SubmitForReviewButton triggerId={trigger.id} version={version.version} />}
      {(canApprove || canRequestChanges) && (
        <DecisionForm
          triggerId={trigger.id}
          version={version.version}
          canApprove={canApprove}
          canRequestChanges={canRequestChanges}
          approveBlockedReason={version.authorId === user.id ? 'You cannot approve your own version in this workspace.' : undefined}
        />
      )}
      {status === 'in_review' && !can(user.role, 'trigger:review') && <p className="text-sm text-slate-500">Waiting for a reviewer.</p>}
    </section>
  );
}

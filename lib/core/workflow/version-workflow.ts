import { can, type Role } from './roles.ts';

/**
 * The approval workflow of one immutable trigger version, as a pure state machine:
 * draft → in_review → approved | changes_requested, and changes_requested → in_review again.
 * Approved is final: a later edit is a new version (n+1) that starts as a draft.
 * Services call `transition()` inside their transaction; the UI calls `availableActions()` to
 * hide what the server would refuse anyway.
 */
export const VERSION_STATUSES = ['draft', 'in_review', 'approved', 'changes_requested'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'request_changes'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export function isVersionStatus(value: unknown): value is VersionStatus {
  return typeof value === 'string' && (VERSION_STATUSES as readonly string[]).includes(value);
}

export type WorkflowContext = {
  actor: { id: string; role: Role };
  version: { version: number; status: VersionStatus; authorId: string; isLatest: boolean };
  policy: { allowSelfApproval: boolean };
};

/**
 * FORBIDDEN: the actor may not do this at all. INVALID_TRANSITION: the version's status never
 * allows it. CONFLICT: the version already moved past that step (usually someone else was first).
 */
export type TransitionRefusal = { ok: false; code: 'FORBIDDEN' | 'INVALID_TRANSITION' | 'CONFLICT'; reason: string };
export type TransitionResult = { ok: true; from: VersionStatus; to: VersionStatus } | TransitionRefusal;

const TARGET: Record<WorkflowAction, VersionStatus> = {
  submit: 'in_review',
  approve: 'approved',
  request_changes: 'changes_requested',
};

export const STATUS_LABELS: Record<VersionStatus, string> = {
  draft: 'draft',
  in_review: 'in review',
  approved: 'approved',
  changes_requested: 'changes requested',
};

const refuse = (code: TransitionRefusal['code'], reason: string): TransitionRefusal => ({ ok: false, code, reason });

function checkSubmit({ actor, version }: WorkflowContext): TransitionRefusal | null {
  const v = `Version ${version.version}`;
  if (!can(actor.role, 'trigger:write')) return refuse('FORBIDDEN', 'Your role cannot submit triggers for review.');
  if (actor.id !== version.authorId) return refuse('FORBIDDEN', `Only the author of version ${version.version} can submit it for review.`);
  if (version.status === 'approved') return refuse('INVALID_TRANSITION', `${v} is approved and can no longer change. Save a new version to propose changes.`);
  if (version.status === 'in_review') return refuse('CONFLICT', `${v} is already in review.`);
  if (!version.isLatest) return refuse('INVALID_TRANSITION', `${v} is not the latest version. Submit the latest version instead.`);
  return null;
}

function checkDecision(action: 'approve' | 'request_changes', { actor, version, policy }: WorkflowContext): TransitionRefusal | null {
  const v = `Version ${version.version}`;
  if (!can(actor.role, 'trigger:review')) {
    return refuse('FORBIDDEN', action === 'approve' ? 'Only reviewers and admins can approve versions.' : 'Only reviewers and admins can request changes.');
  }
  if (version.status === 'draft') return refuse('INVALID_TRANSITION', `${v} has not been submitted for review yet.`);
  if (version.status !== 'in_review') return refuse('CONFLICT', `${v} was already ${STATUS_LABELS[version.status]}.`);
  if (action === 'approve' && actor.id === version.authorId && !policy.allowSelfApproval) {
    return refuse('FORBIDDEN', 'You cannot approve your own version: this workspace requires another reviewer.');
  }
  return null;
}

export function transition(action: WorkflowAction, ctx: WorkflowContext): TransitionResult {
  const refusal = action === 'submit' ? checkSubmit(ctx) : checkDecision(action, ctx);
  return refusal ?? { ok: true, from: ctx.version.status, to: TARGET[action] };
}

/** The actions this actor could take on this version right now. */
export function availableActions(ctx: WorkflowContext): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => transition(a, ctx).ok);
}

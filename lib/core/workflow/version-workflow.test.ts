import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from './roles.ts';
import {
  availableActions,
  transition,
  VERSION_STATUSES,
  WORKFLOW_ACTIONS,
  type VersionStatus,
  type WorkflowAction,
  type WorkflowContext,
} from './version-workflow.ts';

const AUTHOR = 'author-1';
const OTHER = 'other-1';

function ctx(o: { role?: Role; actorId?: string; status?: VersionStatus; isLatest?: boolean; allowSelfApproval?: boolean } = {}): WorkflowContext {
  return {
    actor: { id: o.actorId ?? OTHER, role: o.role ?? 'reviewer' },
    version: { version: 3, status: o.status ?? 'in_review', authorId: AUTHOR, isLatest: o.isLatest ?? true },
    policy: { allowSelfApproval: o.allowSelfApproval ?? false },
  };
}

type Row = [string, WorkflowAction, Parameters<typeof ctx>[0], VersionStatus | 'FORBIDDEN' | 'INVALID_TRANSITION' | 'CONFLICT'];

const TABLE: Row[] = [
  // submit: only the author, only from draft or changes_requested, only the latest version
  ['author submits a draft', 'submit', { role: 'marketer', actorId: AUTHOR, status: 'draft' }, 'in_review'],
  ['author resubmits after changes were requested', 'submit', { role: 'marketer', actorId: AUTHOR, status: 'changes_requested' }, 'in_review'],
  ['reviewer-author submits own draft', 'submit', { role: 'reviewer', actorId: AUTHOR, status: 'draft' }, 'in_review'],
  ['someone else submits the draft', 'submit', { role: 'admin', actorId: OTHER, status: 'draft' }, 'FORBIDDEN'],
  ['submitting twice', 'submit', { role: 'marketer', actorId: AUTHOR, status: 'in_review' }, 'CONFLICT'],
  ['submitting an approved version', 'submit', { role: 'marketer', actorId: AUTHOR, status: 'approved' }, 'INVALID_TRANSITION'],
  ['submitting an older draft', 'submit', { role: 'marketer', actorId: AUTHOR, status: 'draft', isLatest: false }, 'INVALID_TRANSITION'],
  // approve: reviewer/admin, only from in_review, not one's own unless the workspace allows it
  ['reviewer approves', 'approve', { role: 'reviewer' }, 'approved'],
  ['admin approves', 'approve', { role: 'admin' }, 'approved'],
  ['marketer approves', 'approve', { role: 'marketer' }, 'FORBIDDEN'],
  ['marketer approves a draft (role is checked first)', 'approve', { role: 'marketer', status: 'draft' }, 'FORBIDDEN'],
  ['approving a draft', 'approve', { status: 'draft' }, 'INVALID_TRANSITION'],
  ['approving an approved version', 'approve', { status: 'approved' }, 'CONFLICT'],
  ['approving after changes were requested', 'approve', { status: 'changes_requested' }, 'CONFLICT'],
  ['reviewer approves own version', 'approve', { actorId: AUTHOR }, 'FORBIDDEN'],
  ['admin approves own version', 'approve', { role: 'admin', actorId: AUTHOR }, 'FORBIDDEN'],
  ['self-approval when the workspace allows it', 'approve', { actorId: AUTHOR, allowSelfApproval: true }, 'approved'],
  ['marketer self-approval is still refused when allowed', 'approve', { role: 'marketer', actorId: AUTHOR, allowSelfApproval: true }, 'FORBIDDEN'],
  ['approving an in-review version that is no longer the latest', 'approve', { isLatest: false }, 'approved'],
  // request changes
  ['reviewer requests changes', 'request_changes', {}, 'changes_requested'],
  ['reviewer requests changes on own version', 'request_changes', { actorId: AUTHOR }, 'changes_requested'],
  ['marketer requests changes', 'request_changes', { role: 'marketer' }, 'FORBIDDEN'],
  ['requesting changes on a draft', 'request_changes', { status: 'draft' }, 'INVALID_TRANSITION'],
  ['requesting changes on an approved version', 'request_changes', { status: 'approved' }, 'CONFLICT'],
];

describe('version workflow transitions', () => {
  it.each(TABLE)('%s', (_name, action, o, expected) => {
    const result = transition(action, ctx(o));
    if (result.ok) {
      expect(result.to).toBe(expected);
      expect(result.from).toBe(o?.status ?? 'in_review');
    } else {
      expect(result.code).toBe(expected);
      expect(result.reason.length).toBeGreaterThan(10);
    }
  });

  it('names the version and the reason in refusals', () => {
    const r = transition('approve', ctx({ status: 'approved' }));
    expect(r).toMatchObject({ ok: false, reason: 'Version 3 was already approved.' });
    const s = transition('submit', ctx({ role: 'marketer', actorId: AUTHOR, status: 'approved' }));
    expect(s.ok ? '' : s.reason).toMatch(/Version 3 is approved and can no longer change/);
  });

  it('never lets anything move an approved version, for any role, author or policy', () => {
    for (const role of ROLES)
      for (const action of WORKFLOW_ACTIONS)
        for (const actorId of [AUTHOR, OTHER])
          for (const allowSelfApproval of [true, false]) {
            expect(transition(action, ctx({ role, actorId, status: 'approved', allowSelfApproval })).ok).toBe(false);
          }
  });

  it('only ever moves to a known status and only along the allowed edges', () => {
    const edges = new Set<string>();
    for (const status of VERSION_STATUSES)
      for (const role of ROLES)
        for (const action of WORKFLOW_ACTIONS)
          for (const actorId of [AUTHOR, OTHER])
            for (const isLatest of [true, false])
              for (const allowSelfApproval of [true, false]) {
                const r = transition(action, ctx({ role, actorId, status, isLatest, allowSelfApproval }));
                if (r.ok) edges.add(`${r.from}->${r.to}`);
              }
    expect([...edges].sort()).toEqual(
      ['changes_requested->in_review', 'draft->in_review', 'in_review->approved', 'in_review->changes_requested'].sort(),
    );
  });
});

describe('available actions', () => {
  it.each([
    ['author of a draft', { role: 'marketer' as Role, actorId: AUTHOR, status: 'draft' as VersionStatus }, ['submit']],
    ['marketer looking at a version in review', { role: 'marketer' as Role, status: 'in_review' as VersionStatus }, []],
    ['reviewer of someone else’s version in review', { role: 'reviewer' as Role }, ['approve', 'request_changes']],
    ['reviewer of own version in review', { role: 'reviewer' as Role, actorId: AUTHOR }, ['request_changes']],
    ['reviewer of own version with self-approval allowed', { role: 'reviewer' as Role, actorId: AUTHOR, allowSelfApproval: true }, ['approve', 'request_changes']],
    ['admin on an approved version', { role: 'admin' as Role, status: 'approved' as VersionStatus }, []],
  ])('%s', (_name, o, expected) => {
    expect(availableActions(ctx(o))).toEqual(expected);
  });
});

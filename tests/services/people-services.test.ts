import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/data/db.ts';
import { listAudit } from '../../lib/data/reviews.ts';
import { addPerson } from '../../lib/services/add-person.ts';
import { changePersonRole } from '../../lib/services/change-person-role.ts';
import { setWorkspaceSettings } from '../../lib/services/set-workspace-settings.ts';
import { seedWorkspace, TEST_DATABASES } from '../helpers/databases.ts';
import { settle } from './review-fixtures.ts';

describe.each(TEST_DATABASES)('people and settings on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  let other: Awaited<ReturnType<typeof seedWorkspace>>;
  const unique = () => `p-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;

  beforeAll(async () => {
    ({ db, close } = await open());
    ws = await seedWorkspace(db, 'ppl');
    other = await seedWorkspace(db, 'ppl-other');
  });
  afterAll(async () => close?.());

  it('an admin adds a person whose password verifies with better-auth, and the audit says so', async () => {
    const email = unique();
    const person = await addPerson(db, ws.admin, { email: `  ${email.toUpperCase()} `, name: 'Rita', password: 'initial-pass-1', role: 'reviewer' }, hashPassword);
    expect(person).toMatchObject({ email, role: 'reviewer', name: 'Rita' });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
    expect(user.workspaceId).toBe(ws.workspace.id);
    expect(user.accounts).toHaveLength(1);
    expect(user.accounts[0]).toMatchObject({ providerId: 'credential', accountId: user.id });
    expect(await verifyPassword({ hash: user.accounts[0].password!, password: 'initial-pass-1' })).toBe(true);
    expect(await verifyPassword({ hash: user.accounts[0].password!, password: 'wrong-pass-1' })).toBe(false);
    const audit = await listAudit(db, ws.workspace.id, { action: 'person.added' });
    expect(audit[0]).toMatchObject({ actorEmail: ws.admin.email, detail: { email, role: 'reviewer' } });
  });

  it.each([
    ['marketer', 'FORBIDDEN'],
    ['reviewer', 'FORBIDDEN'],
  ] as const)('a %s cannot add people (%s)', async (role, code) => {
    await expect(addPerson(db, ws[role], { email: unique(), name: 'x', password: 'initial-pass-1', role: 'admin' }, hashPassword)).rejects.toMatchObject({ code });
  });

  it('refuses duplicates, bad emails and short passwords, and creates nothing', async () => {
    const email = unique();
    await addPerson(db, ws.admin, { email, name: 'A', password: 'initial-pass-1', role: 'marketer' }, hashPassword);
    await expect(addPerson(db, other.admin, { email, name: 'B', password: 'initial-pass-1', role: 'marketer' }, hashPassword)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(addPerson(db, ws.admin, { email: 'not-an-email', name: 'B', password: 'initial-pass-1', role: 'marketer' }, hashPassword)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(addPerson(db, ws.admin, { email: unique(), name: 'B', password: 'short', role: 'marketer' }, hashPassword)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it('two admins adding the same email at once: one person, one CONFLICT', async () => {
    const email = unique();
    const { ok, failed } = settle(
      await Promise.allSettled([
        addPerson(db, ws.admin, { email, name: 'A', password: 'initial-pass-1', role: 'marketer' }, hashPassword),
        addPerson(db, ws.admin, { email, name: 'B', password: 'initial-pass-1', role: 'marketer' }, hashPassword),
      ]),
    );
    expect(ok).toHaveLength(1);
    expect(failed.map((f) => f.code)).toEqual(['CONFLICT']);
    expect(failed[0].message).toContain(`${email} already exists`);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it('admins change roles; the change is audited', async () => {
    const p = await addPerson(db, ws.admin, { email: unique(), name: 'M', password: 'initial-pass-1', role: 'marketer' }, hashPassword);
    const changed = await changePersonRole(db, ws.admin, { userId: p.id, role: 'reviewer' });
    expect(changed.role).toBe('reviewer');
    expect((await db.user.findUniqueOrThrow({ where: { id: p.id } })).role).toBe('reviewer');
    const [entry] = await listAudit(db, ws.workspace.id, { action: 'person.role_changed' });
    expect(entry.detail).toMatchObject({ userId: p.id, from: 'marketer', to: 'reviewer' });
  });

  it('nobody raises their own role, non-admins change nobody, other workspaces are NOT_FOUND', async () => {
    await expect(changePersonRole(db, ws.reviewer, { userId: ws.reviewer.id, role: 'admin' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(changePersonRole(db, ws.marketer, { userId: ws.marketer.id, role: 'reviewer' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(changePersonRole(db, ws.reviewer, { userId: ws.marketer.id, role: 'reviewer' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(changePersonRole(db, other.admin, { userId: ws.marketer.id, role: 'admin' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await db.user.findUniqueOrThrow({ where: { id: ws.reviewer.id } })).role).toBe('reviewer');
    expect((await db.user.findUniqueOrThrow({ where: { id: ws.marketer.id } })).role).toBe('marketer');
  });

  it('keeps at least one admin in the workspace', async () => {
    const solo = await seedWorkspace(db, 'solo');
    await expect(changePersonRole(db, solo.admin, { userId: solo.admin.id, role: 'reviewer' })).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/only admin/) });
    await changePersonRole(db, solo.admin, { userId: solo.reviewer.id, role: 'admin' });
    const lowered = await changePersonRole(db, solo.admin, { userId: solo.admin.id, role: 'reviewer' });
    expect(lowered.role).toBe('reviewer');
  });

  it('only admins change the workspace policy, and only their own workspace', async () => {
    await expect(setWorkspaceSettings(db, ws.reviewer, { allowSelfApproval: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await setWorkspaceSettings(db, other.admin, { allowSelfApproval: true })).toEqual({ allowSelfApproval: true });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: ws.workspace.id } })).allowSelfApproval).toBe(false);
    expect((await db.workspace.findUniqueOrThrow({ where: { id: other.workspace.id } })).allowSelfApproval).toBe(true);
    const [entry] = await listAudit(db, other.workspace.id, { action: 'workspace.settings_changed' });
    expect(entry.detail).toEqual({ allowSelfApproval: { from: false, to: true } });
  });
});

import { redirect } from 'next/navigation';
import { AddPersonForm } from '@/components/review/add-person-form';
import { formatUtc } from '@/components/review/format-time';
import { RoleChanger } from '@/components/review/role-changer';
import { WorkspaceSettingsForm } from '@/components/review/workspace-settings-form';
import { getCurrentUser } from '@/lib/auth/session';
import { can, canChangeRole, isRole, ROLES } from '@/lib/core/workflow/roles';
import { getDb } from '@/lib/data/db';
import { listPeople } from '@/lib/data/people';
import { getWorkspacePolicy } from '@/lib/data/reviews';

export const dynamic = 'force-dynamic';

/** Admin-only: add people with an initial password, change roles, set the review policy. */
export default async function PeoplePage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (!can(user.role, 'people:manage')) {
    return <p data-testid="forbidden" className="mx-auto max-w-xl rounded border border-red-200 bg-red-50 p-4 text-sm text-red-800">Only admins can manage people.</p>;
  }
  const db = await getDb();
  const [people, policy] = await Promise.all([listPeople(db, user.workspaceId), getWorkspacePolicy(db, user.workspaceId)]);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <h1 className="text-2xl font-semibold">People in {policy.name}</h1>
      <section className="space-y-2">
        <h2 className="font-semibold">Add a person</h2>
        <AddPersonForm />
      </section>
      <section className="space-y-2">
        <h2 className="font-semibold">Everyone</h2>
        <table data-testid="people-table" className="w-full rounded border border-slate-200 bg-white text-sm">
          <thead className="bg-slate-100 text-left text-slate-600">
            <tr><th className="p-2">Email</th><th className="p-2">Name</th><th className="p-2">Role</th><th className="p-2">Added</th></tr>
          </thead>
          <tbody>
            {people.map((p) => {
              const role = isRole(p.role) ? p.role : 'marketer';
              const allowed = ROLES.filter((r) => canChangeRole(user, { id: p.id, role }, r));
              return (
                <tr key={p.id} data-testid="person-row" data-email={p.email} className="border-t border-slate-100">
                  <td className="p-2">{p.email}{p.id === user.id && <span className="ml-1 text-xs text-slate-500">(you)</span>}</td>
                  <td className="p-2">{p.name}</td>
                  <td className="p-2"><span data-testid="person-role" className="mr-2">{role}</span><RoleChanger userId={p.id} email={p.email} role={role} allowed={allowed} /></td>
                  <td className="p-2 text-slate-500">{formatUtc(p.createdAt.toISOString())}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="space-y-2">
        <h2 className="font-semibold">Review policy</h2>
        <WorkspaceSettingsForm allowSelfApproval={policy.allowSelfApproval} />
      </section>
    </div>
  );
}

import { notFound } from 'next/navigation';
import { DesignerLoader } from '@/components/designer/designer-loader';
import { requirePageUser } from '@/lib/auth/session';
import { getDb } from '@/lib/data/db';
import { loadDesigner } from '@/lib/data/designer';
import { loadLineNotes } from '@/lib/data/review-comments';
import { orNotFound } from '@/lib/page-helpers';
import { parseVersionParam } from '@/lib/version-param';

/** Any saved version, opened read-only: versions are immutable. */
export default async function VersionPage({ params }: Readonly<{ params: Promise<{ triggerId: string; version: string }> }>) {
  const user = await requirePageUser();
  const { triggerId, version: raw } = await params;
  const number = parseVersionParam(raw);
  if (number === null) notFound();
  const db = await getDb();
  const { trigger, version } = await orNotFound(loadDesigner(db, user.workspaceId, triggerId, number));
  return <DesignerLoader trigger={trigger} version={version} currentUserId={user.id} readOnly lineNotes={await loadLineNotes(db, triggerId)} />;
}

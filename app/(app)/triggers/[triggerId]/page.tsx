import { DesignerLoader } from '@/components/designer/designer-loader';
import { requirePageUser } from '@/lib/auth/session';
import { getDb } from '@/lib/data/db';
import { loadDesigner } from '@/lib/data/designer';
import { loadLineNotes } from '@/lib/data/review-comments';
import { orNotFound } from '@/lib/page-helpers';

/** The designer on the latest version: every save makes a new version. */
export default async function TriggerPage({ params }: Readonly<{ params: Promise<{ triggerId: string }> }>) {
  const user = await requirePageUser();
  const { triggerId } = await params;
  const db = await getDb();
  const { trigger, version } = await orNotFound(loadDesigner(db, user.workspaceId, triggerId));
  return <DesignerLoader trigger={trigger} version={version} currentUserId={user.id} readOnly={false} lineNotes={await loadLineNotes(db, triggerId)} />;
}

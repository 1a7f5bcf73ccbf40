// GET /api/triggers/:triggerId/versions/:version/bundle — signed-in members of the trigger's
// workspace. Downloads the version as a self-verifying JSON bundle (audited).
import { getCurrentUser } from '@/lib/auth/session';
import { serializeBundle, toBundle } from '@/lib/core/bundle/bundle';
import { getDb } from '@/lib/data/db';
import { loadExportInput, recordExport } from '@/lib/data/exports';
import { AppError, HTTP_STATUS } from '@/lib/errors';
import { parseVersionParam } from '@/lib/version-param';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ triggerId: string; version: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'Sign in to continue.' }, { status: 401 });
  const { triggerId, version } = await params;
  const number = parseVersionParam(version);
  if (number === null) return Response.json({ error: `No version ${version} here.` }, { status: 404 });
  try {
    const db = await getDb();
    const input = await loadExportInput(db, user.workspaceId, triggerId, number);
    await recordExport(db, user, triggerId, number, 'bundle');
    const bundle = toBundle({ ...input, exportedAt: new Date().toISOString() });
    const filename = `${input.trigger.name.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60) || 'trigger'}-v${number}.trigger.json`;
    return new Response(serializeBundle(bundle), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
    });
  } catch (err) {
    if (err instanceof AppError) return Response.json({ error: err.message }, { status: HTTP_STATUS[err.code] });
    console.error(err);
    return Response.json({ error: 'Could not build the bundle.' }, { status: 500 });
  }
}

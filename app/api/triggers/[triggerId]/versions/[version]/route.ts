// GET  /api/triggers/:triggerId/versions/:version — signed-in members of the trigger's workspace: the version as JSON.
// POST /api/triggers/:triggerId/versions/:version — reviewers/admins: {"decision":"approve"|"request_changes","comment"}.
// 401 signed out; 404 missing or another workspace's; 403/409 as the review use case decides.
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/data/db';
import { getVersion } from '@/lib/data/triggers';
import { AppError, HTTP_STATUS, toActionError } from '@/lib/errors';
import { decideVersion } from '@/lib/services/decide-version';
import { parseVersionParam } from '@/lib/version-param';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ triggerId: string; version: string }> };

function problem(err: unknown): Response {
  const { error } = toActionError(err);
  return Response.json({ title: error.message, code: error.code, status: HTTP_STATUS[error.code] }, { status: HTTP_STATUS[error.code], headers: { 'content-type': 'application/problem+json' } });
}

async function target(params: Params['params']) {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  const { triggerId, version: raw } = await params;
  const version = parseVersionParam(raw);
  if (version === null) throw new AppError('NOT_FOUND', `Version ${raw} of this trigger does not exist or is not in your workspace.`);
  return { user, triggerId, version };
}

export async function GET(_req: Request, { params }: Params) {
  try {
    const { user, triggerId, version } = await target(params);
    return Response.json(await getVersion(await getDb(), user.workspaceId, triggerId, version));
  } catch (err) {
    return problem(err);
  }
}

const decisionSchema = z.object({ decision: z.enum(['approve', 'request_changes']), comment: z.string().max(5000).default('') });

export async function POST(req: Request, { params }: Params) {
  try {
    const { user, triggerId, version } = await target(params);
    // JSON only: a cross-site HTML form cannot send it without a CORS preflight.
    if (!req.headers.get('content-type')?.startsWith('application/json')) throw new AppError('INVALID_INPUT', 'Send the decision as application/json.');
    const parsed = decisionSchema.safeParse(await req.json().catch(() => null));
    if (!parsed.success) throw new AppError('INVALID_INPUT', 'Send {"decision": "approve" | "request_changes", "comment": "..."}.');
    const decided = await decideVersion(await getDb(), user, { triggerId, version, ...parsed.data });
    return Response.json({ version: decided.version, status: decided.status, decidedAt: decided.decidedAt });
  } catch (err) {
    return problem(err);
  }
}

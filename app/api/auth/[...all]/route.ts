// GET|POST /api/auth/*: better-auth's own endpoints (sign-in, sign-out, session). Sign-up is disabled.
import { getAuth } from '@/lib/auth/auth';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request) {
  return (await getAuth()).handler(request);
}

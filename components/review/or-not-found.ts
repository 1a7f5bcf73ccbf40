import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';

/** Pages show Next's 404 for NOT_FOUND (missing or another workspace's); anything else stays an error. */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
}

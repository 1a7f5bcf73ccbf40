import { notFound } from 'next/navigation';
import { AppError } from './errors.ts';

/** Pages show Next's 404 for records that are missing or in another workspace. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  }
}

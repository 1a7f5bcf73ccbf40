'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/errors';

/** Runs a server action, shows its error message, and refreshes the page's server data on success. */
export function useActionCall<T>() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const run = (call: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) => {
    setError(null);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      onSuccess?.(result.data);
      router.refresh();
    });
  };
  return { run, error, isPending };
}

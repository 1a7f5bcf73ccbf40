'use client';
import dynamic from 'next/dynamic';

/** Monaco touches `window` when it loads, so the diff renders in the browser only. */
export const VersionDiffLoader = dynamic(() => import('./version-diff').then((m) => m.VersionDiff), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-500">Loading the diff…</p>,
});

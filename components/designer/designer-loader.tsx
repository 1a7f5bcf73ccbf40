'use client';
import dynamic from 'next/dynamic';

/** Monaco touches `window` when it loads, so the designer renders in the browser only. */
export const DesignerLoader = dynamic(() => import('./trigger-designer').then((m) => m.TriggerDesigner), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-500">Loading the editor…</p>,
});

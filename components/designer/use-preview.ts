'use client';
import { useEffect, useState } from 'react';
import { runPreview, type PreviewOptions } from '@/lib/core/preview/run-preview';
import type { PreviewResult } from '@/lib/core/preview/preview-types';
import type { TriggerDefinition } from '@/lib/core/trigger/definition';

/**
 * Live preview that never makes typing wait: the editor updates at once, the quick pass (render,
 * JSON, schema, condition) follows 150 ms after the last keystroke, and the full pass with the
 * Liquid and operator lints once typing pauses for 600 ms.
 */
export function usePreview(def: TriggerDefinition, options: PreviewOptions): PreviewResult | null {
  const [result, setResult] = useState<PreviewResult | null>(null);
  useEffect(() => {
    const quick = setTimeout(() => setResult((prev) => (prev ? runPreview(def, { ...options, lints: false }) : runPreview(def, options))), result ? 150 : 0);
    const full = setTimeout(() => setResult(runPreview(def, options)), 600);
    return () => {
      clearTimeout(quick);
      clearTimeout(full);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [def, options.hasRemovalPath]);
  return result;
}

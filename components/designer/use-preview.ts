'use client';
import { useEffect, useState } from 'react';
import { runPreview, type PreviewOptions } from '@/lib/core/preview/run-preview';
import type { PreviewResult } from '@/lib/core/preview/preview-types';
import type { TriggerDefinition } from '@/lib/core/trigger/definition';

/**
 * Live preview, debounced so typing never waits on rendering: the editor updates at once, the
 * preview follows 150 ms after the last keystroke.
 */
export function usePreview(def: TriggerDefinition, options: PreviewOptions, delayMs = 150): PreviewResult | null {
  const [result, setResult] = useState<PreviewResult | null>(null);
  useEffect(() => {
    const handle = setTimeout(() => setResult(runPreview(def, options)), result ? delayMs : 0);
    return () => clearTimeout(handle);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [def, options.hasRemovalPath, delayMs]);
  return result;
}

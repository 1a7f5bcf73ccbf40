import { rangeOfOffsets, type Diagnostic } from '../../diagnostics.ts';
import type { OperatorLintRule } from '../types.ts';

const NOISY = /cart[ _]updated|product[ _]viewed/gi;

/**
 * Seed: "Throttle noisy behaviors": cart_updated / product_viewed explode volume. FQL cannot
 * throttle, so this is a note to add a journey guard (e.g. once per 6 hours per person).
 */
export const throttleNoisyEventsRule: OperatorLintRule = {
  code: 'lint/throttle-noisy-events',
  run(ctx) {
    const out: Diagnostic[] = [];
    for (const m of ctx.condition.matchAll(NOISY)) {
      out.push({
        source: 'lint', code: 'lint/throttle-noisy-events', severity: 'info', target: 'condition',
        range: rangeOfOffsets(ctx.condition, m.index, m.index + m[0].length),
        message: `"${m[0]}" is a high-volume event: add a frequency guard in the journey (e.g. fire at most once per 6 hours per person and category) so endpoints and ad platforms are not flooded.`,
      });
    }
    return out;
  },
};

/**
 * liquidjs errors → Diagnostics with a range, a stable code and a message that says what to do.
 * liquidjs reports unknown filters at the start of the whole `{{ }}`; we point at the filter name.
 */
import { rangeOfOffsets } from '../diagnostics.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { closest } from './did-you-mean.ts';
import { LIMITS } from './limits.ts';

type ErrorToken = { begin: number; end: number; input: string; getText(): string };
type LiquidErrorLike = Error & { token?: ErrorToken; originalError?: Error };

const LIMIT_MESSAGES: [RegExp, string][] = [
  [/template render limit exceeded/, `Rendering stopped after ${LIMITS.renderLimitMs} ms: a loop runs too long (endless or very large range?)`],
  [/memory alloc limit exceeded|Invalid string length|Invalid array length/, 'Rendering stopped: the template builds too much data (a huge range, or a string that keeps doubling)'],
  [/Maximum call stack size exceeded/, 'Rendering stopped: the template nests or recurses too deeply'],
  [/parse length limit exceeded/, `Template is too large to parse (limit ${LIMITS.parseLimit} characters)`],
];

function cleanMessage(error: LiquidErrorLike): string {
  const raw = error.originalError?.message ?? error.message;
  return raw.replace(/, line:\d+, col:\d+$/, '').replace(/^undefined filter/, 'unknown filter');
}

export function liquidErrorToDiagnostic(
  source: string,
  error: unknown,
  phase: 'parse' | 'render',
  names: { filters: string[]; tags: string[] },
): Diagnostic {
  const e = (error instanceof Error ? error : new Error(String(error))) as LiquidErrorLike;
  const token = e.token && typeof e.token.begin === 'number' && e.token.input === source ? e.token : undefined;
  let range = token ? rangeOfOffsets(source, token.begin, token.end) : undefined;
  let message = cleanMessage(e);
  let code = phase === 'parse' ? 'liquid/syntax' : 'liquid/render-error';

  const filter = /^unknown filter: (\S+)/.exec(message);
  const tag = /^tag "([^"]+)" not found/.exec(message);
  const limit = LIMIT_MESSAGES.find(([re]) => re.test(message));
  if (filter) {
    code = 'liquid/unknown-filter';
    const guess = closest(filter[1], names.filters);
    message = `Unknown filter "${filter[1]}": neither Liquid nor Customer.io has it${guess ? `; did you mean ${guess}?` : ''}`;
    if (token) {
      const at = new RegExp(`\\|\\s*(${filter[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\b`).exec(token.getText());
      if (at) {
        const start = token.begin + at.index + at[0].length - at[1].length;
        range = rangeOfOffsets(source, start, start + at[1].length);
      }
    }
  } else if (tag) {
    code = 'liquid/unknown-tag';
    const guess = closest(tag[1], names.tags);
    message = `Unknown tag {% ${tag[1]} %}${guess ? `; did you mean {% ${guess} %}?` : ''}`;
  } else if (limit) {
    code = 'liquid/limit';
    message = limit[1];
  } else {
    message = `${phase === 'parse' ? 'Liquid syntax error' : 'Liquid render error'}: ${message}`;
  }
  return { source: 'liquid', code, severity: 'error', message, target: 'template', ...(range ? { range } : {}) };
}

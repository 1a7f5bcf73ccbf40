/**
 * Parse once, check once: syntax errors, unknown filters/tags, objects the trigger kind does not
 * provide and dialect differences, all as Diagnostics with ranges. The result renders many samples.
 */
import type { Template } from 'liquidjs';
import { rangeOfOffsets } from '../diagnostics.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { analyzeTemplate } from './analyze-template.ts';
import { checkDialectDifferences } from './dialect-differences.ts';
import { getEngine } from './engine.ts';
import { liquidErrorToDiagnostic } from './errors-to-diagnostics.ts';
import { LIMITS } from './limits.ts';
import { maxNestingDepth } from './nesting-depth.ts';
import { checkObjectAvailability } from './object-availability.ts';
import type { CompileResult, RenderOptions } from './types.ts';

const base = { source: 'liquid', target: 'template' } as const;

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.range?.startLine ?? 0) - (b.range?.startLine ?? 0) || (a.range?.startColumn ?? 0) - (b.range?.startColumn ?? 0);
}

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function checkLimits(template: string): Diagnostic | undefined {
  if (template.length > LIMITS.maxTemplateChars) {
    return { ...base, code: 'liquid/limit', severity: 'error', range: rangeOfOffsets(template, LIMITS.maxTemplateChars, LIMITS.maxTemplateChars + 1),
      message: `Template is ${template.length} characters; the limit is ${LIMITS.maxTemplateChars}` };
  }
  const nest = maxNestingDepth(template);
  if (nest.depth > LIMITS.maxNestingDepth) {
    return { ...base, code: 'liquid/limit', severity: 'error', range: rangeOfOffsets(template, nest.offset, nest.offset + 2),
      message: `Blocks are nested ${nest.depth} levels deep here; the limit is ${LIMITS.maxNestingDepth}` };
  }
  return undefined;
}

/** Legacy (Ruby) Liquid keeps backslashes in string literals; liquidjs already decoded them. */
function useLiteralBackslashes(quoted: { token: { getText(): string; content: string } }[]): void {
  for (const { token } of quoted) {
    const text = token.getText();
    if (text.includes('\\')) token.content = text.slice(1, -1);
  }
}

export function compileTemplate(template: string, options: RenderOptions): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const limit = checkLimits(template);
  if (limit) return { compiled: null, diagnostics: [limit] };
  let timezone = options.timezone;
  if (timezone !== undefined && !isKnownZone(timezone)) {
    diagnostics.push({ ...base, code: 'liquid/invalid-timezone', severity: 'error',
      message: `Unknown time zone "${timezone}" on the trigger; dates render in UTC. Use an IANA name like "America/New_York".` });
    timezone = undefined;
  }
  const engine = getEngine(options.dialect, timezone);
  let templates: Template[];
  try {
    templates = engine.parse(template);
  } catch (error) {
    const names = { filters: Object.keys(engine.filters), tags: Object.keys(engine.tags) };
    diagnostics.push(liquidErrorToDiagnostic(template, error, 'parse', names));
    return { compiled: null, diagnostics };
  }
  const analysis = analyzeTemplate(template, templates);
  if (options.dialect === 'legacy') useLiteralBackslashes(analysis.quoted);
  diagnostics.push(...checkObjectAvailability(analysis.refList, analysis.localNames, options.triggerKind));
  diagnostics.push(...checkDialectDifferences(analysis, options.dialect));
  diagnostics.sort(byPosition);
  return {
    compiled: {
      source: template,
      options: { ...options, timezone },
      engine,
      templates,
      refs: analysis.refs,
      localNames: analysis.localNames,
    },
    diagnostics,
  };
}

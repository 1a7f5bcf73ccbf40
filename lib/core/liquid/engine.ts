/**
 * One configured liquidjs instance per (dialect, timezone), built once and reused by compile,
 * render, lint and the CLI. Latest = liquidjs + Customer.io filters/tags (docs §1.4, §8.5);
 * legacy swaps in the Ruby behaviours we know (filters/legacy-filters.ts).
 */
import { Liquid } from 'liquidjs';
import type { FilterImplOptions } from 'liquidjs';
import type { TagClass } from './tags/tag-class.ts';
import type { LiquidDialect } from '../sample.ts';
import { COLLECTION_FILTERS } from './filters/collection-filters.ts';
import { dateFilters } from './filters/date-filters.ts';
import { HASH_FILTERS } from './filters/hash-filters.ts';
import { JSON_FILTERS } from './filters/json-filters.ts';
import { LEGACY_FILTERS, legacyOutput } from './filters/legacy-filters.ts';
import { NUMBER_FILTERS } from './filters/number-filters.ts';
import { TEXT_FILTERS } from './filters/text-filters.ts';
import { LIMITS } from './limits.ts';
import { BoundedCaptureTag } from './tags/bounded-capture-tag.ts';
import { CIO_TAGS } from './tags/cio-tags.ts';
import { RenderLiquidTag } from './tags/render-liquid-tag.ts';

const engines = new Map<string, Liquid>();

/** Names of every filter the Customer.io layer adds or replaces (used by the Monaco tokenizer too). */
export const CIO_FILTER_NAMES = [
  ...Object.keys(HASH_FILTERS),
  ...Object.keys(NUMBER_FILTERS),
  ...Object.keys(TEXT_FILTERS),
  ...Object.keys(COLLECTION_FILTERS),
  ...Object.keys(JSON_FILTERS),
  ...Object.keys(dateFilters('minutes')),
];
export const CIO_TAG_NAMES = [...Object.keys(CIO_TAGS), 'render_liquid'];

function createEngine(dialect: LiquidDialect, timezone: string | undefined): Liquid {
  const isLegacy = dialect === 'legacy';
  const engine = new Liquid({
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    timezoneOffset: timezone ?? 0,
    locale: 'en-US',
    // An empty in-memory template map: include/render/layout never touch a file system.
    templates: {},
    parseLimit: LIMITS.parseLimit,
    renderLimit: LIMITS.renderLimitMs,
    memoryLimit: LIMITS.memoryLimit,
    outputEscape: isLegacy ? (legacyOutput as (value: unknown) => string) : undefined,
  });
  const filters: Record<string, FilterImplOptions> = {
    ...HASH_FILTERS,
    ...NUMBER_FILTERS,
    ...TEXT_FILTERS,
    ...COLLECTION_FILTERS,
    ...JSON_FILTERS,
    ...dateFilters(isLegacy ? 'hours' : 'minutes'),
    ...(isLegacy ? LEGACY_FILTERS : {}),
  };
  for (const [name, impl] of Object.entries(filters)) engine.registerFilter(name, impl);
  for (const [name, tag] of Object.entries(CIO_TAGS)) engine.registerTag(name, tag);
  engine.registerTag('render_liquid', RenderLiquidTag as unknown as TagClass);
  engine.registerTag('capture', BoundedCaptureTag as unknown as TagClass);
  return engine;
}

export function getEngine(dialect: LiquidDialect, timezone?: string): Liquid {
  const key = `${dialect}|${timezone ?? ''}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = createEngine(dialect, timezone);
    engines.set(key, engine);
  }
  return engine;
}

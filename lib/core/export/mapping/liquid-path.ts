/**
 * Translate a Liquid variable (Journeys objects) to the Data Pipelines message path the
 * mapping-kit reads (`$.properties.x`, `$.traits.x`, `$.context.traits.x`).
 */
export type PathResult = { path: string } | { reason: string };

const SIMPLE_PATH = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*|\[\d+\])*$/;

export type TraitsRoot = '$.traits' | '$.context.traits';

export function messagePath(expr: string, traitsRoot: TraitsRoot): PathResult {
  const e = expr.trim();
  if (!SIMPLE_PATH.test(e)) return { reason: `"${e}" is not a plain variable path` };
  const [root, ...rest] = e.replace(/\[(\d+)\]/g, '.$1').split('.');
  const tail = rest.join('.');
  switch (root) {
    case 'event':
      return rest.length ? { path: `$.properties.${tail}` } : { path: '$.properties' };
    case 'customer':
      if (tail === 'id') return { path: '$.userId' };
      return rest.length ? { path: `${traitsRoot}.${tail}` } : { path: traitsRoot };
    case 'event_name':
      return { path: '$.event' };
    case 'event_timestamp':
      return { path: '$.timestamp' };
    case 'trigger':
      return { reason: 'trigger.* exists only in webhook/API-triggered Journeys campaigns' };
    case 'campaign':
    case 'message':
    case 'journey':
    case 'objects':
      return { reason: `${root}.* is Journeys context with no Data Pipelines equivalent` };
    default:
      return { reason: `"${root}" is a Liquid variable (assign/capture/loop) that a mapping cannot compute` };
  }
}

/** `{{path}}` as mapping-kit writes it in @template (relative to the message root). */
export function templatePath(path: string): string {
  return path.replace(/^\$\./, '');
}

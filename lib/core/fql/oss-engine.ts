/**
 * Adapter for @segment/destination-subscriptions (the open-source Actions runtime's subscription
 * check). It has no node-only dependencies (only @segment/fql-ts), so it runs in the browser too.
 * The package ships CJS as `main` and ESM as `module`: Node's ESM loader only sees a default
 * export of the CJS build, bundlers see the ESM named exports, so read both shapes.
 */
import * as ns from '@segment/destination-subscriptions';

type Subscription = ReturnType<typeof ns.parseFql>;
type Api = { parseFql: typeof ns.parseFql; validate: typeof ns.validate };

const api: Api = ((ns as unknown as { default?: Api }).default?.parseFql ? (ns as unknown as { default: Api }).default : ns) as Api;

export type OssParsed = { ok: true; subscription: Subscription } | { ok: false; error: string };

export function ossParse(text: string): OssParsed {
  try {
    const sub = api.parseFql(text);
    if ('error' in sub) return { ok: false, error: sub.error instanceof Error ? sub.error.message : String(sub.error) };
    return { ok: true, subscription: sub };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The runtime's answer; a crash inside validate (it happens on odd trees) counts as "not sent". */
export function ossValidate(parsed: OssParsed, message: unknown): boolean | 'unparseable' {
  if (!parsed.ok) return 'unparseable';
  try {
    return api.validate(parsed.subscription, message as never) === true;
  } catch {
    return 'unparseable';
  }
}

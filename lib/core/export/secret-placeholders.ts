import { isSecretHeader } from '../trigger/secrets.ts';
import type { ExportHeader, ExportHeaderInput, SecretPlaceholder } from './export-types.ts';

const SECRET_QUERY = /^(access_token|token|api_key|apikey|key|secret|signature|password)$/i;
const AUTH_SCHEME = /^(Bearer|Basic|Token|Bot)\s+/i;

const PREFIX: Record<string, string> = {
  meta_custom_audience: 'META', meta_capi: 'META', google_customer_match: 'GOOGLE_ADS', tiktok_audience: 'TIKTOK',
  warehouse_events: 'WAREHOUSE', analytics_track: 'ANALYTICS', webhook: 'WEBHOOK',
};

function upperSnake(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase() || 'SECRET';
}

/**
 * The export placeholder convention: `<<SECRET:NAME>>`. It is deliberately not Liquid
 * (`{{ ... }}` would be evaluated by Customer.io and silently render empty), and it is easy to
 * search for before saving the action.
 */
export function secretPlaceholder(name: string): string {
  return `<<SECRET:${name}>>`;
}

function secretName(destination: string, hint: string): string {
  const prefix = PREFIX[destination] ?? upperSnake(destination);
  const base = upperSnake(hint);
  return base.startsWith(`${prefix}_`) ? base : `${prefix}_${base}`;
}

export function exportHeaders(destination: string, headers: readonly ExportHeaderInput[]): { headers: ExportHeader[]; secrets: SecretPlaceholder[] } {
  const secrets: SecretPlaceholder[] = [];
  const out = headers.map((h): ExportHeader => {
    // Same rule as the settings form: these header names always carry credentials.
    const secret = isSecretHeader(h);
    if (!secret) return { name: h.name, value: h.value, secret: false };
    const scheme = AUTH_SCHEME.exec(h.value)?.[0] ?? '';
    const named = /\{([^{}]+)\}/.exec(h.value)?.[1];
    const name = secretName(destination, named ?? h.name);
    secrets.push({ placeholder: secretPlaceholder(name), name, where: `header ${h.name}` });
    return { name: h.name, value: `${scheme}${secretPlaceholder(name)}`, secret: true };
  });
  return { headers: out, secrets };
}

/** Credentials in query strings (Meta's `?access_token=`) get the same placeholders. */
export function exportUrl(destination: string, url: string): { url: string; secrets: SecretPlaceholder[] } {
  const secrets: SecretPlaceholder[] = [];
  const q = url.indexOf('?');
  if (q < 0) return { url, secrets };
  const params = url.slice(q + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (eq < 0 || !SECRET_QUERY.test(decodeURIComponentSafe(key))) return pair;
    const name = secretName(destination, key);
    secrets.push({ placeholder: secretPlaceholder(name), name, where: `URL query parameter ${key}` });
    return `${key}=${secretPlaceholder(name)}`;
  });
  return { url: `${url.slice(0, q)}?${params.join('&')}`, secrets };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

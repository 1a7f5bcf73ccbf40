import type { TriggerSettings } from './definition.ts';

/** Headers that carry credentials, whatever the user ticked. */
const SECRET_NAME = /authorization|auth|token|secret|api[-_]?key|password|signature|cookie|session|credential/i;

/** Query parameters that carry credentials. */
const SECRET_PARAM = /token|secret|key|auth|password|signature|^sig$|session|credential/i;

/** A placeholder names the value in lower snake case: {access_token}, {base64(write_key:)}. */
const PLACEHOLDER = /\{[a-z][a-z0-9_]*(?:\([a-z0-9_:]*\))?\}/g;

/** What may stand beside a placeholder: an auth scheme word and spaces, nothing credential-like. */
const STATIC_PART = /^\s*(?:bearer|basic|token|bot|key|apikey|sharedaccesssignature)?\s*$/i;

export function isSecretHeader(header: { name: string; secret?: boolean }): boolean {
  return Boolean(header.secret) || SECRET_NAME.test(header.name);
}

/** A secret header may hold a scheme word and {placeholders}, never a literal credential. */
export function secretValueProblem(value: string): string | null {
  const placeholders = value.match(PLACEHOLDER) ?? [];
  if (placeholders.length === 0) return 'must be a placeholder such as {access_token}';
  if (!STATIC_PART.test(value.replace(PLACEHOLDER, ''))) return 'has text next to the placeholder that looks like a credential';
  return null;
}

/** Credentials in the URL's query string must be placeholders too. */
export function urlSecretProblems(url: string): string[] {
  const query = url.split('?')[1]?.split('#')[0] ?? '';
  return query
    .split('&')
    .filter(Boolean)
    .flatMap((pair) => {
      const [name, value = ''] = pair.split('=');
      if (!SECRET_PARAM.test(decodeURIComponentSafe(name))) return [];
      const problem = secretValueProblem(decodeURIComponentSafe(value));
      return problem ? [`URL parameter ${name} ${problem}`] : [];
    });
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Problems that block saving: secrets are never stored in clear, so they cannot leak from an export. */
export function settingsProblems(settings: TriggerSettings): string[] {
  const headers = settings.headers.flatMap((h, i) => {
    if (!isSecretHeader(h)) return [];
    const problem = secretValueProblem(h.value);
    return problem ? [`Header ${i + 1} (${h.name}) ${problem}; fill in the real value in Customer.io, not here.`] : [];
  });
  const url = urlSecretProblems(settings.url).map((p) => `${p}; fill in the real value in Customer.io, not here.`);
  return [...headers, ...url];
}

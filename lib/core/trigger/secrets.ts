import type { TriggerSettings } from './definition.ts';

/** Headers that carry credentials, whatever the user ticked. */
const SECRET_NAME = /authorization|token|secret|api[-_]?key|password|signature/i;

export function isSecretHeader(header: { name: string; secret?: boolean }): boolean {
  return Boolean(header.secret) || SECRET_NAME.test(header.name);
}

/** A secret header may hold static text around {placeholders}, never a literal credential. */
export function secretValueProblem(value: string): string | null {
  const withoutPlaceholders = value.replace(/\{[A-Za-z0-9_.:() -]+\}/g, '');
  if (!/\{[A-Za-z0-9_.:() -]+\}/.test(value)) return 'must be a placeholder such as {access_token}';
  if (/[A-Za-z0-9+/=_-]{12,}/.test(withoutPlaceholders)) return 'looks like it contains a real credential next to the placeholder';
  return null;
}

/** Problems that block saving: secrets are never stored in clear, so they cannot leak from an export. */
export function settingsProblems(settings: TriggerSettings): string[] {
  return settings.headers.flatMap((h, i) => {
    if (!isSecretHeader(h)) return [];
    const problem = secretValueProblem(h.value);
    return problem ? [`Header ${i + 1} (${h.name}) ${problem}; fill in the real value in Customer.io, not here.`] : [];
  });
}

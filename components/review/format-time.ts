/** Server and browser render the same text: fixed UTC, no locale surprises. */
export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${iso.replace('T', ' ').slice(0, 16)} UTC`;
}

import { rangeOfOffsets, type Diagnostic, type QuickFix } from '../../diagnostics.ts';
import type { DestinationId } from '../../destinations/catalog.ts';
import { hashedChains, type Filter, type FilterChain } from '../liquid-chains.ts';
import { insertAt } from '../template-text.ts';

type IdKind = 'email' | 'phone' | 'name' | 'address';

function kindOf(input: string): IdKind | undefined {
  const last = input.split('.').pop()?.toLowerCase() ?? '';
  if (/email/.test(last)) return 'email';
  if (/phone|mobile/.test(last)) return 'phone';
  if (/^(first_?name|last_?name|fn|ln|fname|lname)$/.test(last)) return 'name';
  if (/^(city|state|zip|postal_?code|country|ct|st|zp)$/.test(last)) return 'address';
  return undefined;
}

const TRIMS = new Set(['strip', 'lstrip', 'rstrip', 'normalize_whitespace']);
const CLEANUPS = new Set(['remove', 'replace', 'remove_first', 'replace_first', 'split', 'slice']);

function has(before: Filter[], names: Set<string> | string): boolean {
  return before.some((f) => (typeof names === 'string' ? f.name === names : names.has(f.name)));
}

/** Meta/TikTok want digits only; Google Customer Match wants E.164 with the "+". */
function phoneCleanup(destinationId: DestinationId): string {
  const keepPlus = destinationId === 'google_customer_match';
  return `${keepPlus ? '' : ' | remove: "+"'} | remove: " " | remove: "-" | remove: "(" | remove: ")"`;
}

/** Normalise before hashing (destinations 5.1): a hash of " Jane@X.com" never matches. */
export function normalisationFindings(template: string, destinationId: DestinationId): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { chain, hash, before } of hashedChains(template)) {
    const kind = kindOf(chain.input);
    if (!kind) continue;
    const missing: string[] = [];
    if (!has(before, TRIMS) && !(kind === 'phone' && has(before, CLEANUPS))) missing.push('strip');
    if ((kind === 'email' || kind === 'name' || kind === 'address') && !has(before, 'downcase')) missing.push('downcase');
    const phoneUnclean = kind === 'phone' && !has(before, CLEANUPS);
    if (!missing.length && !phoneUnclean) continue;
    const insert = kind === 'phone' ? ` | strip${phoneCleanup(destinationId)}` : missing.map((m) => ` | ${m}`).join('');
    const fix: QuickFix = { title: `Normalise before hashing:${insert.replace(/ \| /g, ' | ')}`, edits: [insertAt(template, hash.pipeOffset, insert.trimStart() + ' ')] };
    out.push({
      source: 'lint', code: 'lint/identifiers', severity: 'warning', target: 'template', range: chainRange(template, chain),
      message: kind === 'phone'
        ? `${chain.input} is hashed without normalising: remove spaces, dashes and brackets${destinationId === 'google_customer_match' ? ' (keep the E.164 "+")' : ' and the "+"'} first, or the hash will not match.`
        : `${chain.input} is hashed without ${missing.join(' and ')} first: ad platforms hash the trimmed, lowercased value, so this hash will not match.`,
      fixes: [fix],
    });
  }
  return out;
}

function chainRange(template: string, chain: FilterChain) {
  return rangeOfOffsets(template, chain.start, chain.end);
}

/** Ranges of hashing chains whose input is an identifier (for sample-level findings). */
export function firstHashRange(template: string) {
  const first = hashedChains(template).find((h) => kindOf(h.chain.input));
  return first ? chainRange(template, first.chain) : undefined;
}

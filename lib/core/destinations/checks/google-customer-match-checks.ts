import { looksLikeSha256 } from '../sha256-hex.ts';
import { asArray, asObject, checkEmptyHashes, finding, type DestinationCheck, type Finding } from './check-helpers.ts';

const MAX_IDENTIFIERS_PER_REQUEST = 100_000;
const RECOMMENDED_PER_REQUEST = 10_000;

/** Per-request identifier caps, unhashed address parts, empty hashes (destinations.md 5.4). */
export const checkGoogleCustomerMatch: DestinationCheck = ({ payload }) => {
  const ops = asArray(asObject(payload)?.operations);
  if (!ops) return [];
  const out: Finding[] = [];
  let total = 0;
  ops.forEach((raw, i) => {
    const op = asObject(raw);
    if (!op) return;
    for (const kind of ['create', 'remove'] as const) {
      const ids = asArray(asObject(op[kind])?.userIdentifiers);
      if (!ids) continue;
      total += ids.length;
      const seen = new Map<string, number>();
      ids.forEach((rawId, j) => {
        const id = asObject(rawId);
        if (!id) return;
        const base = `/operations/${i}/${kind}/userIdentifiers/${j}`;
        out.push(...checkEmptyHashes(id, ['hashedEmail', 'hashedPhoneNumber'], base));
        const addr = asObject(id.addressInfo);
        if (addr) {
          out.push(...checkEmptyHashes(addr, ['hashedFirstName', 'hashedLastName'], `${base}/addressInfo`));
          if (looksLikeSha256(addr.postalCode)) {
            out.push(finding('hashed-postal-code', 'error', `${base}/addressInfo/postalCode`,
              'looks hashed; Google wants the postal code unhashed'));
          }
        }
        const key = JSON.stringify(id);
        const first = seen.get(key);
        if (first !== undefined) {
          out.push(finding('duplicate-identifier', 'warning', base, `repeats identifier ${first} of the same person`));
        } else seen.set(key, j);
      });
    }
  });
  if (total > MAX_IDENTIFIERS_PER_REQUEST) {
    out.push(finding('too-many-identifiers', 'error', '/operations',
      `has ${total} identifiers in total; Google accepts at most ${MAX_IDENTIFIERS_PER_REQUEST} per addOperations request`));
  } else if (total > RECOMMENDED_PER_REQUEST) {
    out.push(finding('many-identifiers', 'warning', '/operations',
      `has ${total} identifiers; ~${RECOMMENDED_PER_REQUEST} per call is recommended`));
  }
  return out;
};

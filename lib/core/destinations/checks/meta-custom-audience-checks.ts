import { isSha256Hex } from '../sha256-hex.ts';
import { describeBadHash } from '../hash-messages.ts';
import { META_UNHASHED_COLUMNS } from '../schemas/meta-custom-audience.ts';
import { asArray, asObject, emptyHashFinding, finding, isEmptyHash, type DestinationCheck, type Finding } from './check-helpers.ts';

const SINGLE_KEY_HASHED = new Set(['EMAIL_SHA256', 'PHONE_SHA256']);

function checkCell(cell: unknown, column: string, hashed: boolean, path: string, allowEmpty: boolean): Finding[] {
  if (isEmptyHash(cell)) return [emptyHashFinding(path)];
  // Non-scalar cells are already reported by the JSON Schema.
  if (!hashed || (typeof cell !== 'string' && typeof cell !== 'number')) return [];
  if (cell === '' && allowEmpty) return [];
  if (isSha256Hex(cell)) return [];
  return [finding('unhashed-value', 'error', path, `column ${column} ${describeBadHash(cell)}`)];
}

function isBlank(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined;
}

/** Row shape must follow `schema`; hashed columns must hold hashes (destinations.md 5.2 x-custom-checks). */
export const checkMetaCustomAudience: DestinationCheck = ({ payload }) => {
  const body = asObject(asObject(payload)?.payload);
  const data = asArray(body?.data);
  if (!body || !data) return [];
  const out: Finding[] = [];
  const schema = body.schema;

  if (typeof schema === 'string') {
    const hashed = SINGLE_KEY_HASHED.has(schema);
    data.forEach((row, i) => {
      const path = `/payload/data/${i}`;
      if (Array.isArray(row)) {
        out.push(finding('row-shape', 'error', path, `schema "${schema}" is a single key, so each row must be one value, not an array`));
        return;
      }
      out.push(...checkCell(row, schema, hashed, path, false));
    });
    return out;
  }

  const columns = asArray(schema)?.filter((c): c is string => typeof c === 'string');
  if (!columns) return out;
  data.forEach((row, i) => {
    const path = `/payload/data/${i}`;
    if (!Array.isArray(row)) {
      if (typeof row !== 'string' && typeof row !== 'number') return; // schema reports it
      out.push(finding('row-shape', 'error', path,
        `must be an array of ${columns.length} cells in schema order (${columns.join(', ')}), got a single value`));
      return;
    }
    if (row.length !== columns.length) {
      out.push(finding('row-length', 'error', path,
        `has ${row.length} cells but schema has ${columns.length} columns (${columns.join(', ')}); send "" for unknown cells`));
    }
    row.forEach((cell, j) => {
      const column = columns[j];
      if (column === undefined) return;
      out.push(...checkCell(cell, column, !META_UNHASHED_COLUMNS.includes(column), `${path}/${j}`, true));
    });
    if (row.length > 0 && row.every(isBlank)) {
      out.push(finding('row-no-identifiers', 'warning', path, 'has no identifiers (every cell is empty); Meta cannot match it'));
    }
  });
  return out;
};

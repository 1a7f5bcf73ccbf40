import { asArray, asObject, emptyHashFinding, finding, isEmptyHash, type DestinationCheck, type Finding } from './check-helpers.ts';

/** Inner arrays line up with id_schema; no empty-value hashes (destinations.md 5.5). */
export const checkTiktokAudience: DestinationCheck = ({ payload }) => {
  const body = asObject(payload);
  const rows = asArray(body?.batch_data);
  if (!body || !rows) return [];
  const idSchema = asArray(body.id_schema);
  const out: Finding[] = [];
  rows.forEach((row, i) => {
    const cells = asArray(row);
    if (!cells) return;
    const path = `/batch_data/${i}`;
    if (idSchema && cells.length !== idSchema.length) {
      out.push(finding('row-length', 'error', path,
        `has ${cells.length} entries but id_schema has ${idSchema.length} (${idSchema.join(', ')}); use {} for a missing identifier`));
    }
    let present = 0;
    cells.forEach((c, j) => {
      const cell = asObject(c);
      if (!cell || Object.keys(cell).length === 0) return;
      present++;
      if (isEmptyHash(cell.id)) out.push(emptyHashFinding(`${path}/${j}/id`));
    });
    if (cells.length > 0 && present === 0) {
      out.push(finding('row-no-identifiers', 'warning', path, 'has no identifiers (every entry is {}); TikTok cannot match it'));
    }
  });
  return out;
};

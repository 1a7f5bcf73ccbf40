'use client';
import type { BuilderModel, BuilderOperator, BuilderRow } from '@/lib/core/fql/builder';
import { VALUELESS_OPERATORS } from '@/lib/core/fql/builder';

const OPERATORS: BuilderOperator[] = ['is', 'is not', 'contains', 'does not contain', 'starts with', 'ends with', '<', '<=', '>', '>=', 'exists', 'does not exist', 'is true', 'is false'];
const NUMERIC: BuilderOperator[] = ['<', '<=', '>', '>='];

type Props = Readonly<{ model: BuilderModel; fields: string[]; readOnly: boolean; onChange: (model: BuilderModel) => void }>;

/** A row being edited remembers that its value was a number, so `= 64` edited to 65 stays a number. */
export type DraftRow = BuilderRow & { numeric?: boolean };

/**
 * What the value box holds while typing: a number only when the text is exactly that number, so
 * "100." or "100.0" stay as typed (and still turn into 100 in the FQL, see numbersOf).
 */
function typedValue(row: DraftRow, text: string): Partial<DraftRow> {
  const numeric = row.numeric ?? (NUMERIC.includes(row.operator) || typeof row.value === 'number');
  return { value: numeric && text.trim() !== '' && String(Number(text)) === text ? Number(text) : text, numeric };
}

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/** The model to turn into FQL: values typed into a numeric row that read as numbers become numbers. */
export function numbersOf(model: BuilderModel): BuilderModel {
  return {
    ...model,
    groups: model.groups.map((g) => ({
      ...g,
      rows: g.rows.map(({ numeric, ...row }: DraftRow) => (numeric && typeof row.value === 'string' && NUMBER_TEXT.test(row.value.trim()) ? { ...row, value: Number(row.value) } : row)),
    })),
  };
}

/** Groups of field/operator/value rows joined by and/or, nested once, like Customer.io's visual editor. */
export function ConditionBuilder({ model, fields, readOnly, onChange }: Props) {
  const setGroup = (gi: number, patch: Partial<BuilderModel['groups'][number]>) =>
    onChange({ ...model, groups: model.groups.map((g, i) => (i === gi ? { ...g, ...patch } : g)) });
  const setRow = (gi: number, ri: number, patch: Partial<DraftRow>) =>
    setGroup(gi, { rows: model.groups[gi].rows.map((r, i) => (i === ri ? { ...r, ...patch } : r)) });
  const newRow: BuilderRow = { field: fields[0] ?? 'event', operator: 'is', value: '' };

  return (
    <fieldset disabled={readOnly} data-testid="condition-builder" className="space-y-2 text-sm">
      <label className="flex items-center gap-2 text-xs">
        Groups joined by
        <select value={model.join} onChange={(e) => onChange({ ...model, join: e.target.value as 'and' | 'or' })} aria-label="Join groups with" className="rounded border border-slate-300 px-1">
          <option value="and">ALL (and)</option><option value="or">ANY (or)</option>
        </select>
      </label>
      {model.groups.map((g, gi) => (
        <div key={gi} data-testid="builder-group" className="space-y-1 rounded border border-slate-200 bg-slate-50 p-2">
          <div className="flex items-center gap-2 text-xs">
            Rows joined by
            <select value={g.join} onChange={(e) => setGroup(gi, { join: e.target.value as 'and' | 'or' })} aria-label={`Join rows of group ${gi + 1} with`} className="rounded border border-slate-300 px-1">
              <option value="and">ALL (and)</option><option value="or">ANY (or)</option>
            </select>
            <button type="button" onClick={() => onChange({ ...model, groups: model.groups.filter((_, i) => i !== gi) })} className="ml-auto text-slate-500 hover:text-red-600">remove group</button>
          </div>
          {g.rows.map((r, ri) => (
            <div key={ri} data-testid="builder-row" className="flex items-center gap-1">
              <input list="fql-fields" value={r.field} onChange={(e) => setRow(gi, ri, { field: e.target.value })} aria-label="Field" className="w-56 rounded border border-slate-300 px-1 font-mono text-xs" />
              <select value={r.operator} onChange={(e) => setRow(gi, ri, { operator: e.target.value as BuilderOperator })} aria-label="Operator" className="rounded border border-slate-300 px-1">
                {OPERATORS.map((o) => <option key={o}>{o}</option>)}
              </select>
              {!VALUELESS_OPERATORS.includes(r.operator) && (
                <input
                  value={r.value ?? ''}
                  onChange={(e) => setRow(gi, ri, typedValue(r, e.target.value))}
                  aria-label="Value"
                  className="flex-1 rounded border border-slate-300 px-1 font-mono text-xs"
                />
              )}
              <button type="button" aria-label="Remove row" onClick={() => setGroup(gi, { rows: g.rows.filter((_, i) => i !== ri) })} className="text-slate-400 hover:text-red-600">×</button>
            </div>
          ))}
          <button type="button" onClick={() => setGroup(gi, { rows: [...g.rows, newRow] })} className="text-xs text-indigo-700">+ condition</button>
        </div>
      ))}
      <button type="button" onClick={() => onChange({ ...model, groups: [...model.groups, { join: 'and', rows: [newRow] }] })} className="text-xs text-indigo-700">+ group</button>
      <datalist id="fql-fields">{fields.map((f) => <option key={f} value={f} />)}</datalist>
    </fieldset>
  );
}

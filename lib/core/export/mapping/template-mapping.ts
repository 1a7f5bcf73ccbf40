import { messagePath, templatePath, type TraitsRoot } from './liquid-path.ts';
import { splitPipes, topLevelKeys } from './text-scan.ts';

export type MappingValue = { '@path': string } | { '@template': string } | string | number | boolean | null | unknown[];

export type MappingField = { key: string; kind: 'path' | 'template' | 'static'; value: MappingValue };

export type Unsupported = { key: string; reason: string };

export type DerivedMapping = { fields: MappingField[]; unsupported: Unsupported[] };

const BLOCK_TAGS = new Set(['if', 'unless', 'for', 'case', 'capture', 'comment', 'raw', 'tablerow']);
const TRANSPARENT_FILTERS = new Set(['json']);

/**
 * Derive a mapping-kit Data Structure from a Liquid JSON template (docs 7.1): JSON structure
 * with plain paths, static values and `{{path}}` templates maps; filters, loops, conditionals
 * and Liquid variables are listed in `unsupported`, never dropped.
 */
export function deriveMapping(template: string, traitsRoot: TraitsRoot): DerivedMapping {
  const p = new Reader(template, traitsRoot);
  p.parseDocument();
  return { fields: p.fields, unsupported: p.unsupported };
}

class Reader {
  i = 0;
  fields: MappingField[] = [];
  unsupported: Unsupported[] = [];
  constructor(private readonly t: string, private readonly traitsRoot: TraitsRoot) {}

  parseDocument(): void {
    this.skipTrivia(true);
    if (this.t[this.i] !== '{') {
      this.unsupported.push({ key: '(body)', reason: 'the body is not a JSON object template' });
      return;
    }
    this.parseObject('');
    this.skipTrivia(true);
    if (this.i < this.t.length) this.unsupported.push({ key: '(body)', reason: 'text after the JSON object is ignored by the mapping' });
  }

  /** Whitespace, plus top-level assign/capture/comment tags when `topLevel`. */
  private skipTrivia(topLevel = false): void {
    for (;;) {
      while (/\s/.test(this.t[this.i] ?? '')) this.i++;
      if (!topLevel || !this.t.startsWith('{%', this.i)) return;
      const tag = this.readTag();
      if (tag.name === 'assign' || tag.name === 'capture') {
        this.unsupported.push({ key: `(variable ${tag.args.split(/[\s=]/)[0]})`, reason: `{% ${tag.name} %} computes a Liquid variable; a mapping cannot` });
      }
    }
  }

  /** Reads `{% name args %}` (and, for block tags, everything up to the matching end tag). */
  private readTag(): { name: string; args: string; text: string } {
    const start = this.i;
    const open = this.readOneTag();
    if (BLOCK_TAGS.has(open.name)) {
      let depth = 1;
      while (depth > 0 && this.i < this.t.length) {
        const next = this.t.indexOf('{%', this.i);
        if (next < 0) { this.i = this.t.length; break; }
        this.i = next;
        const tag = this.readOneTag();
        if (tag.name === open.name) depth++;
        else if (tag.name === `end${open.name}`) depth--;
      }
    }
    return { ...open, text: this.t.slice(start, this.i) };
  }

  private readOneTag(): { name: string; args: string } {
    const close = this.t.indexOf('%}', this.i + 2);
    const end = close < 0 ? this.t.length : close + 2;
    const inner = this.t.slice(this.i + 2, close < 0 ? this.t.length : close).replace(/^-/, '').replace(/-$/, '').trim();
    this.i = end;
    const [, name = '', args = ''] = /^(\w+)\s*([\s\S]*)$/.exec(inner) ?? [];
    return { name, args };
  }

  private skipWs(): void {
    while (/\s/.test(this.t[this.i] ?? '')) this.i++;
  }

  private parseObject(prefix: string): void {
    this.i++; // {
    for (;;) {
      this.skipWs();
      const c = this.t[this.i];
      if (c === undefined) return;
      if (c === '}') { this.i++; return; }
      if (c === ',') { this.i++; continue; }
      if (this.t.startsWith('{%', this.i)) {
        const tag = this.readTag();
        this.conditionalMembers(prefix, tag);
        continue;
      }
      if (c !== '"') { this.skipJunk(); continue; }
      const key = this.readJsonString();
      this.skipWs();
      if (this.t[this.i] === ':') this.i++;
      this.skipWs();
      this.parseValue(prefix ? `${prefix}.${key}` : key);
    }
  }

  private conditionalMembers(prefix: string, tag: { name: string; args: string; text: string }): void {
    if (tag.name === 'comment' || tag.name === 'assign' || tag.name === 'capture') return;
    const keys = topLevelKeys(tag.text);
    const reason = `inside {% ${tag.name} ${tag.args} %}: a mapping cannot add keys conditionally`;
    for (const k of keys.length ? keys : ['(conditional members)']) {
      this.unsupported.push({ key: prefix ? `${prefix}.${k}` : k, reason });
    }
  }

  private parseValue(key: string): void {
    const c = this.t[this.i];
    if (this.t.startsWith('{%', this.i)) {
      const tag = this.readTag();
      this.unsupported.push({ key, reason: `value chosen by {% ${tag.name} ${tag.args} %}: conditionals and loops are not supported in a mapping` });
      this.skipUntilValueEnd(key);
      return;
    }
    if (this.t.startsWith('{{', this.i)) return this.outputValue(key, this.readOutput());
    if (c === '{') return this.parseObject(key);
    if (c === '[') return this.parseArray(key);
    if (c === '"') return this.stringValue(key, this.readJsonString(true));
    const m = /^(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/.exec(this.t.slice(this.i));
    if (m) {
      this.i += m[0].length;
      this.fields.push({ key, kind: 'static', value: JSON.parse(m[0]) as MappingValue });
      return;
    }
    this.unsupported.push({ key, reason: 'value is not JSON or a Liquid output' });
    this.skipJunk();
  }

  /** After a conditional value, the rest up to `,` / `}` belongs to it. */
  private skipUntilValueEnd(_key: string): void {
    this.skipWs();
    while (this.t.startsWith('{%', this.i) || this.t.startsWith('{{', this.i)) {
      if (this.t.startsWith('{{', this.i)) this.readOutput();
      else this.readTag();
      this.skipWs();
    }
  }

  private skipJunk(): void {
    while (this.i < this.t.length && !',}'.includes(this.t[this.i])) this.i++;
  }

  private readOutput(): string {
    const close = this.t.indexOf('}}', this.i + 2);
    const end = close < 0 ? this.t.length : close;
    const inner = this.t.slice(this.i + 2, end).replace(/^-/, '').replace(/-$/, '').trim();
    this.i = close < 0 ? this.t.length : close + 2;
    return inner;
  }

  /** A JSON string; with `raw`, returns its source between quotes (holes kept as written). */
  private readJsonString(raw = false): string {
    const start = ++this.i;
    while (this.i < this.t.length) {
      if (this.t.startsWith('{{', this.i)) { this.i = (this.t.indexOf('}}', this.i) + 1 || this.t.length - 1) + 1; continue; }
      if (this.t.startsWith('{%', this.i)) { this.i = (this.t.indexOf('%}', this.i) + 1 || this.t.length - 1) + 1; continue; }
      const ch = this.t[this.i];
      if (ch === '\\') { this.i += 2; continue; }
      if (ch === '"') break;
      this.i++;
    }
    const text = this.t.slice(start, this.i);
    this.i++;
    if (raw) return text;
    try { return JSON.parse(`"${text}"`) as string; } catch { return text; }
  }

  private outputValue(key: string, expr: string): void {
    const [input, ...filters] = splitPipes(expr);
    const names = filters.map((f) => f.trim().split(/[\s:]/)[0]);
    const lossy = names.filter((n) => !TRANSPARENT_FILTERS.has(n));
    const mapped = messagePath(input, this.traitsRoot);
    if (lossy.length) {
      const from = 'path' in mapped ? ` (source ${mapped.path})` : '';
      this.unsupported.push({ key, reason: `Liquid filters ${lossy.join(', ')} cannot run in a mapping${from}` });
      return;
    }
    if ('reason' in mapped) return void this.unsupported.push({ key, reason: mapped.reason });
    this.fields.push({ key, kind: 'path', value: { '@path': mapped.path } });
  }

  private stringValue(key: string, raw: string): void {
    if (raw.includes('{%')) return void this.unsupported.push({ key, reason: 'string built with Liquid tags ({% %})' });
    const holes = [...raw.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)];
    if (!holes.length) return void this.fields.push({ key, kind: 'static', value: JSON.parse(`"${raw}"`) as string });
    const paths: string[] = [];
    for (const h of holes) {
      const [input, ...filters] = splitPipes(h[1]);
      const mapped = messagePath(input, this.traitsRoot);
      if (filters.length) {
        const from = 'path' in mapped ? ` (source ${mapped.path})` : '';
        const names = filters.map((f) => f.split(/[\s:]/)[0]).join(', ');
        return void this.unsupported.push({ key, reason: `Liquid filters ${names} cannot run in a mapping${from}` });
      }
      if ('reason' in mapped) return void this.unsupported.push({ key, reason: mapped.reason });
      paths.push(mapped.path);
    }
    if (holes.length === 1 && raw === holes[0][0]) {
      return void this.fields.push({ key, kind: 'path', value: { '@path': paths[0] } });
    }
    let out = '';
    let last = 0;
    holes.forEach((h, n) => {
      out += raw.slice(last, h.index) + `{{${templatePath(paths[n])}}}`;
      last = h.index + h[0].length;
    });
    this.fields.push({ key, kind: 'template', value: { '@template': out + raw.slice(last) } });
  }

  /** Elements map one by one (`key[0]`); a Liquid tag at array level (loop, if) makes the whole array unsupported. */
  private parseArray(key: string): void {
    const start = this.i;
    this.i++;
    this.skipToArrayEnd();
    const text = this.t.slice(start, this.i);
    if (!/\{\{|\{%/.test(text)) {
      try {
        return void this.fields.push({ key, kind: 'static', value: JSON.parse(text) as unknown[] });
      } catch {
        return void this.unsupported.push({ key, reason: 'array is not valid JSON' });
      }
    }
    this.i = start + 1;
    const fieldMark = this.fields.length;
    const unsupportedMark = this.unsupported.length;
    let n = 0;
    for (;;) {
      this.skipWs();
      const c = this.t[this.i];
      if (c === undefined) return;
      if (c === ']') { this.i++; return; }
      if (c === ',') { this.i++; continue; }
      if (this.t.startsWith('{%', this.i)) {
        const tag = this.readTag();
        this.fields.length = fieldMark;
        this.unsupported.length = unsupportedMark;
        this.unsupported.push({ key, reason: `array built with {% ${tag.name} ${tag.args} %}: loops and conditional elements cannot be expressed in a mapping` });
        this.skipToArrayEnd();
        return;
      }
      this.parseValue(`${key}[${n++}]`);
    }
  }

  private skipToArrayEnd(): void {
    let depth = 1;
    while (this.i < this.t.length && depth > 0) {
      if (this.t.startsWith('{{', this.i) || this.t.startsWith('{%', this.i)) {
        const close = this.t.indexOf(this.t[this.i + 1] === '{' ? '}}' : '%}', this.i + 2);
        this.i = close < 0 ? this.t.length : close + 2;
        continue;
      }
      const ch = this.t[this.i];
      if (ch === '"') { this.readJsonString(); continue; }
      if (ch === '[') depth++;
      if (ch === ']') depth--;
      this.i++;
    }
  }
}

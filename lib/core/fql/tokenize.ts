/**
 * FQL lexer (docs 3.1). Produces tokens with 0-based offsets, or the first lexical error as an
 * FqlSyntaxError (caught by parseFql and turned into a Diagnostic). CR is accepted as whitespace
 * here; the lint layer flags it because other engines do not.
 */
import type { QuickFix } from '../diagnostics.ts';

export type Token =
  | { kind: 'word'; start: number; end: number; raw: string; segments: string[]; escaped: boolean }
  | { kind: 'string'; start: number; end: number; value: string; quote: '"' | "'" }
  | { kind: 'number'; start: number; end: number; value: number; raw: string }
  | { kind: 'op'; start: number; end: number; value: '=' | '!=' | '<' | '<=' | '>' | '>=' | '!' }
  | { kind: '(' | ')' | '[' | ']' | ',' | 'eof'; start: number; end: number };

/** Internal error carrying what the Diagnostic needs; never escapes parseFql. */
export class FqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
    readonly code = 'fql/parse',
    readonly fixes?: QuickFix[],
    /** Replacement text for [start, end) offered as the quick fix (built into a QuickFix by the parser). */
    readonly replacement?: { title: string; text: string },
  ) {
    super(message);
  }
}

const IDENT = /[a-zA-Z0-9_-]/;
/** Characters that may legally follow a word. */
const TERMINATORS = new Set(['(', ')', '[', ']', ',', '=', '!', '<', '>', '"', "'", '&', '|']);
const NUMBER = /^[-+]?\d+(\.\d+)?$/;
const NUMBERISH = /^[-+]?(\d[\d.]*|\.\d[\d.]*)([eE][-+]?\d*)?$/;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function describeChar(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `lone surrogate ${hex} (broken Unicode text)`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff)
    return `invisible character ${hex}`;
  return `character '${String.fromCodePoint(cp)}' (${hex})`;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) {
        throw new FqlSyntaxError(
          `unterminated string: the ${c === '"' ? 'double' : 'single'} quote has no closing ${c}`,
          start,
          n,
          'fql/unterminated-string',
        );
      }
      tokens.push({ kind: 'string', start, end: close + 1, value: text.slice(i + 1, close), quote: c });
      i = close + 1;
      continue;
    }
    if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',') {
      tokens.push({ kind: c, start, end: i + 1 });
      i++;
      continue;
    }
    if (c === '=' || c === '!' || c === '<' || c === '>') {
      const next = text[i + 1];
      if (c === '=' && next === '=') {
        throw new FqlSyntaxError("'==' is not an FQL operator; use '='", start, i + 2, 'fql/operator', undefined, {
          title: "Replace '==' with '='",
          text: '=',
        });
      }
      const two = next === '=' ? `${c}=` : c;
      if (c === '=' && two === '=') tokens.push({ kind: 'op', start, end: i + 1, value: '=' });
      else tokens.push({ kind: 'op', start, end: i + two.length, value: two as '!=' | '<=' | '>=' | '!' | '<' | '>' });
      i += two.length;
      continue;
    }
    if ((c === '&' && text[i + 1] === '&') || (c === '|' && text[i + 1] === '|')) {
      const word = c === '&' ? 'and' : 'or';
      throw new FqlSyntaxError(`'${c}${c}' is not an FQL operator; use '${word}'`, start, i + 2, 'fql/operator', undefined, {
        title: `Replace '${c}${c}' with '${word}'`,
        text: word,
      });
    }
    if (IDENT.test(c) || c === '\\' || c === '.' || c === '+') {
      i = readWord(text, i, tokens);
      continue;
    }
    const len = text.codePointAt(i)! > 0xffff ? 2 : 1;
    if (c === '$' || c === '@' || c === ':' || c === '/') {
      throw new FqlSyntaxError(`unexpected character '${c}'; escape it as '\\${c}' inside a field name`, start, i + 1, 'fql/parse', undefined, {
        title: `Escape '${c}'`,
        text: `\\${c}`,
      });
    }
    throw new FqlSyntaxError(`unexpected ${describeChar(text, i)}`, start, i + len);
  }
  tokens.push({ kind: 'eof', start: n, end: n });
  return tokens;
}

/** A word is a path (segments split on unescaped dots) or a number. */
function readWord(text: string, start: number, tokens: Token[]): number {
  let i = start;
  let raw = '';
  let escaped = false;
  const segments: string[] = [];
  let seg = '';
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      if (i + 1 >= text.length) throw new FqlSyntaxError("dangling '\\' at the end of the condition: escape a character after it", i, i + 1);
      const cp = text.codePointAt(i + 1)!;
      const ch = String.fromCodePoint(cp);
      seg += ch;
      raw += `\\${ch}`;
      escaped = true;
      i += 1 + ch.length;
      continue;
    }
    if (c === '.') {
      segments.push(seg);
      seg = '';
      raw += c;
      i++;
      continue;
    }
    if (IDENT.test(c) || (c === '+' && i === start)) {
      seg += c;
      raw += c;
      i++;
      continue;
    }
    break;
  }
  if (i < text.length && !TERMINATORS.has(text[i]) && !/[\s\p{Cc}\p{Cf}\p{Cs}]/u.test(text[i])) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    throw new FqlSyntaxError(
      `unexpected ${describeChar(text, i)} in field name '${shorten(raw)}'; escape it as '\\${ch}'`,
      i,
      i + ch.length,
      'fql/parse',
      undefined,
      { title: `Escape '${ch}'`, text: `\\${ch}` },
    );
  }
  segments.push(seg);
  if (!escaped && NUMBER.test(raw)) {
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new FqlSyntaxError(`number '${shorten(raw)}' is too large`, start, i, 'fql/bad-number');
    tokens.push({ kind: 'number', start, end: i, value, raw });
    return i;
  }
  if (!escaped && NUMBERISH.test(raw)) {
    const why = /[eE]/.test(raw)
      ? 'exponent notation is not supported; write the number out in plain decimals'
      : raw.includes('..') || raw.split('.').length > 2
        ? 'a number has at most one decimal point'
        : "write a digit before and after the '.' (0.5, 1.0)";
    throw new FqlSyntaxError(`bad number '${shorten(raw)}': ${why}`, start, i, 'fql/bad-number');
  }
  if (raw.startsWith('+')) throw new FqlSyntaxError(`unexpected character '+' (only numbers may start with '+')`, start, start + 1);
  const empty = segments.findIndex((s) => s === '');
  if (empty >= 0) {
    const msg =
      empty === segments.length - 1 ? `expected a field name after '.' in '${shorten(raw)}'` : `empty field name in '${shorten(raw)}' (two dots in a row or a leading dot)`;
    throw new FqlSyntaxError(msg, start, i);
  }
  tokens.push({ kind: 'word', start, end: i, raw, segments, escaped });
  return i;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/**
 * FQL in Monaco: Monarch highlighting, field-path completion from the current samples, and a
 * hover that shows a path's value in every sample. Pure registration code; the caller passes the
 * monaco instance (only types are imported here) and a getter so samples stay current.
 */
import type * as Monaco from 'monaco-editor';
import type { SegmentMessage } from '@/lib/core/sample';
import { fieldPaths, valueAtPath } from '@/lib/core/fql/paths';

export const FQL_LANGUAGE_ID = 'fql';

type MonacoApi = typeof Monaco;

const FUNCTIONS: Record<string, { snippet: string; doc: string }> = {
  contains: { snippet: 'contains(${1:field}, "${2:text}")', doc: 'contains(s, sub): true if the text s contains sub (case-sensitive). False on lists: use `in`.' },
  match: { snippet: 'match(${1:field}, "${2:pattern*}")', doc: 'match(s, pattern): glob over the whole text. `*` any run, `?` one character, `[a-z]` a class, `\\` escapes.' },
  length: { snippet: 'length(${1:field})', doc: 'length(x): items in a list, UTF-8 bytes of a text, 0 for null.' },
  lowercase: { snippet: 'lowercase(${1:field})', doc: 'lowercase(s): the text in lowercase; null for anything else.' },
  typeof: { snippet: 'typeof(${1:field})', doc: 'typeof(x): "string", "number", "bool", "list" or "null".' },
};

const PATH_AT_END = /(?:[A-Za-z0-9_\-.]|\\.)*$/;
const PATH = /(?:[A-Za-z0-9_-]|\\.)+(?:\.(?:[A-Za-z0-9_-]|\\.)+)*/g;

// Providers read samples through this, so a second registerFqlLanguage call just swaps the source.
let currentSamples: () => SegmentMessage[] = () => [];
const registeredOn = new WeakSet<object>();

export function registerFqlLanguage(monaco: MonacoApi, getSamples: () => SegmentMessage[]): void {
  currentSamples = getSamples;
  if (registeredOn.has(monaco) || monaco.languages.getLanguages().some((l) => l.id === FQL_LANGUAGE_ID)) {
    registeredOn.add(monaco);
    return;
  }
  registeredOn.add(monaco);
  monaco.languages.register({ id: FQL_LANGUAGE_ID, aliases: ['FQL', 'fql'] });
  monaco.languages.setLanguageConfiguration(FQL_LANGUAGE_ID, {
    brackets: [
      ['(', ')'],
      ['[', ']'],
    ],
    autoClosingPairs: [
      { open: '(', close: ')' },
      { open: '[', close: ']' },
      { open: '"', close: '"', notIn: ['string'] },
    ],
    surroundingPairs: [
      { open: '(', close: ')' },
      { open: '"', close: '"' },
    ],
    wordPattern: /(?:[A-Za-z0-9_-]|\\.)+(?:\.(?:[A-Za-z0-9_-]|\\.)+)*/,
  });
  monaco.languages.setMonarchTokensProvider(FQL_LANGUAGE_ID, monarch);
  monaco.languages.registerCompletionItemProvider(FQL_LANGUAGE_ID, {
    triggerCharacters: ['.', '\\'],
    provideCompletionItems: (model, position) => {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      if (insideString(before)) return { suggestions: [] };
      const typed = PATH_AT_END.exec(before)?.[0] ?? '';
      const range = new monaco.Range(position.lineNumber, position.column - typed.length, position.lineNumber, position.column);
      const Kind = monaco.languages.CompletionItemKind;
      const suggestions: Monaco.languages.CompletionItem[] = fieldPaths(currentSamples()).map((p) => ({
        label: p.escaped,
        kind: Kind.Field,
        detail: p.types.join(' | '),
        documentation: p.path !== p.escaped ? `key path: ${p.path}` : undefined,
        insertText: p.escaped,
        range,
        sortText: `0${p.escaped}`,
      }));
      if (!typed.includes('.')) {
        for (const [name, f] of Object.entries(FUNCTIONS)) {
          suggestions.push({
            label: name,
            kind: Kind.Function,
            documentation: f.doc,
            insertText: f.snippet,
            insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
            range,
            sortText: `1${name}`,
          });
        }
        for (const kw of ['and', 'or', 'in', 'null', 'true', 'false']) {
          suggestions.push({ label: kw, kind: Kind.Keyword, insertText: kw, range, sortText: `2${kw}` });
        }
      }
      return { suggestions };
    },
  });
  monaco.languages.registerHoverProvider(FQL_LANGUAGE_ID, {
    provideHover: (model, position) => {
      const line = model.getLineContent(position.lineNumber);
      const hit = pathAt(line, position.column);
      if (!hit || insideString(line.slice(0, hit.start))) return null;
      const range = new monaco.Range(position.lineNumber, hit.start + 1, position.lineNumber, hit.end + 1);
      const fn = FUNCTIONS[hit.text];
      if (fn && line.slice(hit.end).trimStart().startsWith('(')) return { range, contents: [{ value: fn.doc }] };
      if (['and', 'or', 'in', 'null', 'true', 'false'].includes(hit.text)) return null;
      return { range, contents: [{ value: `\`${hit.text}\`` }, { value: describeSamples(hit.text, currentSamples()) }] };
    },
  });
}

/** What a path reads in each sample, one line per sample (markdown). */
export function describeSamples(path: string, samples: SegmentMessage[]): string {
  if (samples.length === 0) return '_no samples yet_';
  const shown = samples.slice(0, 20).map((s, i) => {
    const v = valueAtPath(s, path);
    if (v === undefined) return `sample ${i + 1}: _missing_ (reads as null)`;
    const json = JSON.stringify(v) ?? 'null';
    const text = json.length > 80 ? `${json.slice(0, 77)}...` : json;
    return `sample ${i + 1}: \`${text.replace(/`/g, "'")}\` (${kind(v)})`;
  });
  if (samples.length > 20) shown.push(`... and ${samples.length - 20} more`);
  return shown.join('  \n');
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

/** The path token under a 1-based column, as 0-based [start, end). */
export function pathAt(line: string, column: number): { text: string; start: number; end: number } | null {
  for (const m of line.matchAll(PATH)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (column - 1 >= start && column - 1 <= end) return { text: m[0], start, end };
  }
  return null;
}

/** True when the text ends inside an open string literal (FQL strings have no escapes). */
function insideString(text: string): boolean {
  let quote: string | null = null;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== null;
}

const monarch: Monaco.languages.IMonarchLanguage = {
  defaultToken: 'invalid',
  keywords: ['and', 'or', 'in'],
  constants: ['true', 'false', 'null'],
  functions: Object.keys(FUNCTIONS),
  tokenizer: {
    root: [
      [/[ \t\r\n]+/, 'white'],
      [/"[^"]*"/, 'string'],
      [/'[^']*'/, 'string'],
      [/["'].*$/, 'string.invalid'],
      [/==|&&|\|\|/, 'invalid'],
      [/!=|<=|>=|=|<|>|!/, 'operator'],
      [/[()[\]]/, '@brackets'],
      [/,/, 'delimiter'],
      [/[-+]?\d+(?:\.\d+)?(?![A-Za-z0-9_.\\-])/, 'number'],
      [
        /(?:[A-Za-z0-9_-]|\\.)+(?:\.(?:[A-Za-z0-9_-]|\\.)+)*/,
        { cases: { '@keywords': 'keyword', '@constants': 'constant', '@functions': 'predefined', '@default': 'variable' } },
      ],
      [/./, 'invalid'],
    ],
  },
};

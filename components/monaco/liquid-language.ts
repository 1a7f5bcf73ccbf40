/**
 * Monaco language 'liquid-json': a JSON payload with Customer.io Liquid inside. JSON strings,
 * numbers and punctuation are highlighted as JSON; `{{ }}` and `{% %}` switch to Liquid states
 * where tags, filters (after `|`), objects (customer, event, trigger...) and literals get their
 * own tokens. Types only from monaco-editor: the caller passes the loaded module in.
 */
import type * as Monaco from 'monaco-editor';
import { CIO_FILTER_NAMES, CIO_TAG_NAMES } from '../../lib/core/liquid/engine.ts';

export const LIQUID_JSON_LANGUAGE_ID = 'liquid-json';

const STANDARD_TAGS = ['if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'case', 'when', 'endcase', 'for', 'endfor',
  'break', 'continue', 'assign', 'capture', 'endcapture', 'comment', 'endcomment', 'raw', 'endraw', 'liquid', 'echo',
  'increment', 'decrement', 'cycle', 'tablerow', 'endtablerow'];
const OBJECTS = ['customer', 'event', 'event_timestamp', 'trigger', 'objects', 'journey', 'response', 'campaign', 'message',
  'delivery_id', 'layout', 'content', 'snippets', 'forloop'];

let isRegistered = false;

export function liquidJsonMonarch(): Monaco.languages.IMonarchLanguage {
  return {
    defaultToken: '',
    tokenPostfix: '.liquid-json',
    tags: [...STANDARD_TAGS, ...CIO_TAG_NAMES],
    objects: OBJECTS,
    cioFilters: CIO_FILTER_NAMES,
    operators: ['==', '!=', '>=', '<=', '>', '<', 'contains', 'and', 'or', 'in'],
    tokenizer: {
      root: [
        [/\{\{-?/, { token: 'delimiter.liquid', next: '@liquidOutput' }],
        [/\{%-?\s*comment\s*-?%\}/, { token: 'comment.liquid', next: '@liquidComment' }],
        [/\{%-?/, { token: 'delimiter.liquid', next: '@liquidTagName' }],
        [/"/, { token: 'string.json', next: '@jsonString' }],
        [/-?\d+(\.\d+)?([eE][+-]?\d+)?/, 'number.json'],
        [/\b(true|false|null)\b/, 'keyword.json'],
        [/[{}[\],:]/, 'delimiter.json'],
        [/\s+/, 'white'],
      ],
      jsonString: [
        [/\{\{-?/, { token: 'delimiter.liquid', next: '@liquidOutput' }],
        [/\{%-?/, { token: 'delimiter.liquid', next: '@liquidTagName' }],
        [/[^"\\{]+/, 'string.json'],
        [/\\./, 'string.escape.json'],
        [/\{/, 'string.json'],
        [/"/, { token: 'string.json', next: '@pop' }],
      ],
      liquidTagName: [
        [/\s+/, 'white'],
        [/[a-z_]+/, { cases: { '@tags': { token: 'keyword.liquid', switchTo: '@liquidTag' }, '@default': { token: 'invalid.liquid', switchTo: '@liquidTag' } } }],
        [/-?%\}/, { token: 'delimiter.liquid', next: '@pop' }],
      ],
      liquidTag: [[/-?%\}/, { token: 'delimiter.liquid', next: '@pop' }], { include: '@liquidExpression' }],
      liquidOutput: [[/-?\}\}/, { token: 'delimiter.liquid', next: '@pop' }], { include: '@liquidExpression' }],
      liquidExpression: [
        [/\|\s*/, { token: 'operator.liquid', next: '@liquidFilterName' }],
        [/"[^"]*"|'[^']*'/, 'string.liquid'],
        [/-?\d+(\.\d+)?/, 'number.liquid'],
        [/\b(true|false|nil|null|blank|empty)\b/, 'keyword.constant.liquid'],
        [/[a-zA-Z_][\w-]*/, { cases: { '@operators': 'operator.liquid', '@objects': 'variable.predefined.liquid', '@default': 'variable.liquid' } }],
        [/==|!=|>=|<=|>|<|\.\.|[.,:[\]()]/, 'delimiter.liquid'],
        [/\s+/, 'white'],
      ],
      liquidFilterName: [
        [/[a-z_][\w]*/, { cases: { '@cioFilters': { token: 'support.function.cio.liquid', next: '@pop' }, '@default': { token: 'support.function.liquid', next: '@pop' } } }],
        [/\s+/, 'white'],
        ['', '', '@pop'],
      ],
      liquidComment: [
        [/\{%-?\s*endcomment\s*-?%\}/, { token: 'comment.liquid', next: '@pop' }],
        [/[^{]+|\{/, 'comment.liquid'],
      ],
    },
  } as Monaco.languages.IMonarchLanguage;
}

export function registerLiquidJsonLanguage(monaco: typeof import('monaco-editor')): void {
  if (isRegistered || monaco.languages.getLanguages().some((l) => l.id === LIQUID_JSON_LANGUAGE_ID)) {
    isRegistered = true;
    return;
  }
  isRegistered = true;
  monaco.languages.register({ id: LIQUID_JSON_LANGUAGE_ID, extensions: ['.liquid.json'], aliases: ['Liquid JSON'] });
  monaco.languages.setMonarchTokensProvider(LIQUID_JSON_LANGUAGE_ID, liquidJsonMonarch());
  monaco.languages.setLanguageConfiguration(LIQUID_JSON_LANGUAGE_ID, {
    brackets: [['{', '}'], ['[', ']'], ['{{', '}}'], ['{%', '%}']],
    autoClosingPairs: [
      { open: '{', close: '}' },
      { open: '[', close: ']' },
      { open: '"', close: '"', notIn: ['string'] },
      { open: '{%', close: ' %}' },
    ],
    surroundingPairs: [{ open: '"', close: '"' }, { open: '{', close: '}' }, { open: '[', close: ']' }],
  });
}

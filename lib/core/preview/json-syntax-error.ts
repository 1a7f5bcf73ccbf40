/**
 * Where and why a text is not JSON, in words a marketer can act on. JSON.parse messages differ
 * between engines and Chromium's carry no position, so the preview finds the place itself.
 * Iterative (no recursion), so deeply nested output cannot overflow the stack.
 */
export type JsonSyntaxError = { offset: number; message: string };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

function describe(c: string | undefined): string {
  if (c === undefined) return 'the end of the text';
  if (c === '\n') return 'a line break';
  return JSON.stringify(c);
}

/** Returns the end offset of the string starting at `start`, or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: 'a \\u escape needs four hex digits' };
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else return { offset: i, message: `invalid escape \\${next ?? ''} inside a string (a backslash in a value: use | json)` };
    } else if (c < ' ') {
      return { offset: i, message: `${c === '\n' ? 'a line break' : 'a control character'} inside a string (use | json instead of quotes around the value)` };
    }
  }
  return { offset: start, message: 'a string is never closed' };
}

export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  type State = 'value' | 'key' | 'colon' | 'next' | 'end';
  const stack: string[] = [];
  let expect = 'value' as State;
  let i = 0;
  const close = () => (stack[stack.length - 1] === '{' ? '}' : ']');
  const afterValue = (): State => (stack.length ? 'next' : 'end');
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
    const c = text[i];
    if (expect === 'end') return c === undefined ? null : { offset: i, message: `unexpected ${describe(c)} after the end of the JSON value` };
    if (expect === 'colon') {
      if (c !== ':') return { offset: i, message: `expected ':' after the key, found ${describe(c)}` };
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'next') {
      if (c === ',') {
        i++;
        while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
        if (text[i] === close()) return { offset: i - 1, message: `trailing comma before '${close()}'` };
        expect = stack[stack.length - 1] === '{' ? 'key' : 'value';
      } else if (c === close()) {
        stack.pop();
        i++;
        expect = afterValue();
      } else {
        return { offset: i, message: `expected ',' or '${close()}', found ${describe(c)}` };
      }
      continue;
    }
    if (expect === 'key') {
      if (c !== '"') return { offset: i, message: `expected a quoted key, found ${describe(c)}` };
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    // expect === 'value'
    if (c === undefined) return { offset: i, message: 'the text ends where a value is expected' };
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
      if (text[i] === close()) {
        stack.pop();
        i++;
        expect = afterValue();
      } else expect = c === '{' ? 'key' : 'value';
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = afterValue();
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      expect = afterValue();
      continue;
    }
    const literal = LITERALS.find((l) => text.startsWith(l, i));
    if (literal) {
      i += literal.length;
      expect = afterValue();
      continue;
    }
    const what = c === ',' || c === '}' || c === ']' ? `${describe(c)}: a value is missing here (an empty Liquid output?)` : describe(c);
    return { offset: i, message: `unexpected ${what}` };
  }
}

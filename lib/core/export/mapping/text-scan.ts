/** Split a Liquid output expression on `|` outside quotes. */
export function splitPipes(expr: string): string[] {
  const out: string[] = [];
  let quote = '';
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c;
    else if (c === '|') { out.push(expr.slice(start, i).trim()); start = i + 1; }
  }
  out.push(expr.slice(start).trim());
  return out;
}

/** Member names at brace depth 0 of a template fragment (Liquid tags and strings skipped). */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('{{', i) || text.startsWith('{%', i)) {
      const close = text.indexOf(text[i + 1] === '{' ? '}}' : '%}', i + 2);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    const c = text[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const after = /^\s*:/.test(text.slice(j + 1));
      if (depth === 0 && after) keys.push(text.slice(i + 1, j));
      i = j;
    }
  }
  return keys;
}

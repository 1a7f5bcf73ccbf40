/** Scans rendered text the way a JSON parser would, to find a comma right before `]` or `}`. */

export function findTrailingComma(text: string): number | undefined {
  let inString = false;
  let lastComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      lastComma = -1;
    } else if (c === ',') lastComma = i;
    else if ((c === ']' || c === '}') && lastComma >= 0) return lastComma;
    else if (!/\s/.test(c)) lastComma = -1;
  }
  return undefined;
}

/** String values anywhere in parsed JSON. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

export function parsesAsJsonContainer(text: string): boolean {
  const t = text.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return false;
  try {
    const v = JSON.parse(t);
    return typeof v === 'object' && v !== null;
  } catch {
    return false;
  }
}

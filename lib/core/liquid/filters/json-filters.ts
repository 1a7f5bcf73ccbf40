/** from_json / to_json (docs §5.5). `json` itself is liquidjs' built-in, kept as is for latest. */
import type { FilterImplOptions } from 'liquidjs';
import { filters as builtIn } from 'liquidjs';
import { asText } from './values.ts';

export const JSON_FILTERS: Record<string, FilterImplOptions> = {
  from_json: (value: unknown) => {
    const text = asText(value);
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`from_json: input is not valid JSON (${text.slice(0, 40)})`);
    }
  },
  to_json: builtIn.json as FilterImplOptions,
};

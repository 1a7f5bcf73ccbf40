/** Customer.io text filters (docs §5.5) and the Ruby-style HTML escape legacy Liquid uses (§8.4). */
import type { FilterImplOptions } from 'liquidjs';
import { asNumber, asText } from './values.ts';

const RUBY_HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Ruby's CGI.escapeHTML: `"` becomes `&quot;` where liquidjs writes `&#34;`. */
export function rubyEscapeHtml(value: unknown): string {
  return asText(value).replace(/[&<>"']/g, (m) => RUBY_HTML[m]);
}

export const TEXT_FILTERS: Record<string, FilterImplOptions> = {
  titlecase: (value: unknown) =>
    asText(value).replace(/\S+/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()),
  /** `3 | pluralize: 'item', 'items'` → `items` (the word only, like Shopify's filter). */
  pluralize: (value: unknown, singular: unknown, plural: unknown) =>
    asNumber(value) === 1 ? asText(singular) : asText(plural),
  htmlencode: rubyEscapeHtml,
};

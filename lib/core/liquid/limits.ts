/**
 * Bounds that keep a hostile or mistaken template from freezing the live preview (issue: limits).
 * The preview renders on every keystroke, so a render gets a fraction of a second, not seconds.
 */
export const LIMITS = {
  /** Characters of template text accepted at all (checked before parsing). */
  maxTemplateChars: 200_000,
  /** liquidjs parseLimit: total characters parsed per parse() call, including render_liquid. */
  parseLimit: 1_000_000,
  /** liquidjs renderLimit in ms per render. */
  renderLimitMs: 250,
  /** liquidjs memoryLimit: roughly characters/array items allocated per render. */
  memoryLimit: 20_000_000,
  /** Rendered text longer than this is refused: no webhook body needs it. */
  maxOutputChars: 2_000_000,
  /** Nested block tags (if/for/case/capture...). */
  maxNestingDepth: 40,
  /** render_liquid inside render_liquid. */
  maxRenderLiquidDepth: 3,
} as const;

/**
 * Public types of the Customer.io Liquid module (docs/customerio-languages.md §5, §6).
 */
import type { Liquid, Template } from 'liquidjs';
import type { Diagnostic, Range } from '../diagnostics.ts';
import type { LiquidDialect, TriggerKind } from '../sample.ts';

export type RenderOptions = {
  dialect: LiquidDialect;
  triggerKind: TriggerKind;
  /** IANA zone named by the trigger; Customer.io renders dates in UTC otherwise. */
  timezone?: string;
  /** Fixed "now" so previews of `'now' | date` are deterministic. */
  now?: Date;
};

/** One `a.b.c` lookup in the template, found at compile time. */
export type VariableRef = {
  /** Source text of the lookup, e.g. `customer.first_name`. */
  text: string;
  root: string;
  range: Range;
  /** Inside an if/unless/case/for condition or fed to `default`: a missing value is expected there. */
  isGuarded: boolean;
};

export type CompiledTemplate = {
  readonly source: string;
  readonly options: RenderOptions;
  readonly engine: Liquid;
  readonly templates: Template[];
  /** Keyed by the identity of liquidjs' `literalPath` arrays, so a runtime miss maps back to its token. */
  readonly refs: WeakMap<readonly unknown[], VariableRef>;
  /** Names set by assign/capture/for: not context objects. */
  readonly localNames: ReadonlySet<string>;
};

export type CompileResult = { compiled: CompiledTemplate | null; diagnostics: Diagnostic[] };
export type RenderResult = { text: string | null; diagnostics: Diagnostic[] };

/**
 * `{% render_liquid customer.snippet %}` renders Liquid stored in an attribute, with the same
 * context (docs §5.4). Nested use is capped so an attribute cannot render itself forever.
 */
import { Tag, Value } from 'liquidjs';
import type { Context, Emitter, Liquid, Template, TagToken, TopLevelToken } from 'liquidjs';
import { LIMITS } from '../limits.ts';
import { stateOf } from '../render-state.ts';
import { asText } from '../filters/values.ts';

export class RenderLiquidTag extends Tag {
  readonly value: Value;
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    if (token.args.trim() === '') throw new Error('render_liquid needs a value, e.g. {% render_liquid customer.snippet %}');
    this.value = new Value(this.tokenizer.readFilteredValue(), liquid);
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const source = asText(yield this.value.value(ctx, false));
    const state = stateOf(ctx);
    if (state && state.renderLiquidDepth >= LIMITS.maxRenderLiquidDepth) {
      throw new Error(`render_liquid nested more than ${LIMITS.maxRenderLiquidDepth} levels deep`);
    }
    let templates: Template[];
    try {
      templates = this.liquid.parse(source);
    } catch (e) {
      throw new Error(`render_liquid: the stored Liquid does not parse: ${(e as Error).message}`);
    }
    if (state) state.renderLiquidDepth++;
    try {
      emitter.write(yield this.liquid.renderer.renderTemplates(templates, ctx));
    } finally {
      if (state) state.renderLiquidDepth--;
    }
  }
}

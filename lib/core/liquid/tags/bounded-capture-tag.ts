/**
 * liquidjs' capture does not charge its result to memoryLimit, so `{% capture s %}{{s}}{{s}}{% endcapture %}`
 * in a loop doubles a string until V8 gives up. This capture charges what it stores.
 */
import { CaptureTag } from 'liquidjs';
import type { Context } from 'liquidjs';

export class BoundedCaptureTag extends CaptureTag {
  *render(ctx: Context): Generator<unknown, void, string> {
    const html = yield this.liquid.renderer.renderTemplates(this.templates, ctx);
    ctx.memoryLimit.use(html.length);
    ctx.bottom()[this.variable] = html;
  }
}

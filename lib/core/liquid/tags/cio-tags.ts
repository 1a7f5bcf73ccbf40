/**
 * Customer.io-only tags (docs §5.4) as liquidjs tags that print labelled stand-ins in preview.
 * `{{ unsubscribe_url }}` (a variable, not a tag) stays an ordinary missing variable, as in Customer.io.
 */
import { Hash, Tag, Value } from 'liquidjs';
import type { Context, Emitter, Liquid, TagToken, TopLevelToken } from 'liquidjs';
import type { TagClass } from './tag-class.ts';
import { stateOf } from '../render-state.ts';
import { asNumber, asText } from '../filters/values.ts';
import { previewUuid, STAND_INS } from './stand-ins.ts';

function constantTag(text: string): TagClass {
  return class extends Tag {
    *render(_ctx: Context, emitter: Emitter) {
      emitter.write(text);
    }
  } as unknown as TagClass;
}

/** `{% cio_link url:"…" track:true url_params:true %}`: tracked links point at a stand-in tracker. */
class CioLinkTag extends Tag {
  readonly hash: Hash;
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    this.hash = new Hash(this.tokenizer, false);
  }
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, Record<string, unknown>> {
    const args = yield this.hash.render(ctx);
    const url = asText(args.url);
    if (url === '') throw new Error('cio_link needs url:"https://…"');
    emitter.write(args.track === false ? url : STAND_INS.trackedLinkBase + encodeURIComponent(url));
  }
}

/** Tags whose single optional argument is an expression: `{% random 10 %}`, `{% subscription_topic_name 2 %}`. */
abstract class ValueTag extends Tag {
  readonly value: Value | undefined;
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    this.value = token.args.trim() === '' ? undefined : new Value(this.tokenizer.readFilteredValue(), liquid);
  }
}

class RandomTag extends ValueTag {
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const max = this.value ? asNumber(yield this.value.value(ctx, false)) : 0;
    if (!(max > 0)) throw new Error('random needs a positive upper bound, e.g. {% random 10 %}');
    emitter.write('0'); // preview stand-in: the lowest possible value, always the same
  }
}

class SubscriptionTopicNameTag extends ValueTag {
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const id = this.value ? asText(yield this.value.value(ctx, false)) : '';
    emitter.write(id ? `${STAND_INS.subscriptionTopicName} ${id}` : STAND_INS.subscriptionTopicName);
  }
}

class GenerateUuidTag extends Tag {
  *render(ctx: Context, emitter: Emitter) {
    const state = stateOf(ctx);
    const n = state ? ++state.uuidCounter : 1;
    emitter.write(previewUuid(n));
  }
}

export const CIO_TAGS: Record<string, TagClass> = {
  cio_link: CioLinkTag as unknown as TagClass,
  cio_link_id: constantTag(STAND_INS.cio_link_id),
  view_in_browser_url: constantTag(STAND_INS.view_in_browser_url),
  unsubscribe_url: constantTag(STAND_INS.unsubscribe_url),
  manage_subscription_preferences_url: constantTag(STAND_INS.manage_subscription_preferences_url),
  tracking_consent_url: constantTag(STAND_INS.tracking_consent_url),
  subscription_topic_name: SubscriptionTopicNameTag as unknown as TagClass,
  generate_uuid: GenerateUuidTag as unknown as TagClass,
  random: RandomTag as unknown as TagClass,
  countdown: constantTag(STAND_INS.countdown),
};

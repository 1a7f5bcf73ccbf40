/**
 * What the preview prints for Customer.io tags that only exist at send time (docs §5.4). Every value
 * is visibly fake (preview.invalid is a reserved, never-resolving domain) and fixed, so re-rendering
 * the same sample gives the same text and diffs stay quiet.
 */
export const STAND_INS = {
  unsubscribe_url: 'https://preview.invalid/unsubscribe',
  view_in_browser_url: 'https://preview.invalid/view_in_browser',
  manage_subscription_preferences_url: 'https://preview.invalid/manage_subscription_preferences',
  tracking_consent_url: 'https://preview.invalid/tracking_consent',
  cio_link_id: 'preview-link-id',
  countdown: 'https://preview.invalid/countdown.gif',
  subscriptionTopicName: 'Preview subscription topic',
  trackedLinkBase: 'https://preview.invalid/track?url=',
} as const;

/** n-th uuid of a render: a valid v4-shaped uuid whose zeros make the stand-in obvious. */
export function previewUuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

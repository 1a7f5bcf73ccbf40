import type { ExportInput } from './export-types.ts';
import { starterSamples } from '../use-cases/starter-samples.ts';

export const SECRET_VALUE = 'EAAB-very-secret-token-123456';

export function exportInput(patch: { template?: string; condition?: string; status?: string; approvedBy?: string; approvedAt?: string; destination?: string; settings?: ExportInput['version']['settings'] } = {}): ExportInput {
  return {
    trigger: { id: 'trg_42', name: 'Cart abandoners (Meta)', useCase: 'cart_abandonment', destination: patch.destination ?? 'webhook' },
    version: {
      number: 7,
      template: patch.template ?? '{\r\n  "email": {{ customer.email | json }},\n\t"total": {{ event.total }}\n}',
      condition: patch.condition ?? 'type = "track" and event = "Checkout Started" and properties.total >= 50',
      samples: starterSamples('cart_abandonment'),
      settings: patch.settings ?? {
        url: `https://graph.facebook.com/v19.0/123/events?access_token=${SECRET_VALUE}&debug=1`,
        method: 'post',
        headers: [
          { name: 'Content-Type', value: 'application/json' },
          { name: 'Authorization', value: `Bearer ${SECRET_VALUE}`, secret: true },
          { name: 'X-Partner', value: SECRET_VALUE, secret: true },
          { name: 'X-Api-Key', value: SECRET_VALUE },
        ],
      },
      status: patch.status ?? 'approved',
      contentHash: 'f'.repeat(64),
      approvedBy: patch.approvedBy ?? 'rita.reviewer@example.com',
      approvedAt: patch.approvedAt ?? '2026-01-10T12:00:00.000Z',
    },
  };
}

import { describe, expect, it } from 'vitest';
import { buildJourneysExport } from './journeys-export.ts';
import { exportInput, SECRET_VALUE } from './export-test-fixtures.ts';

describe('buildJourneysExport', () => {
  it('keeps the Liquid body byte for byte', () => {
    const input = exportInput();
    expect(buildJourneysExport(input).body).toBe(input.version.template);
  });

  it('never contains a secret value and names placeholders', () => {
    const out = buildJourneysExport(exportInput());
    expect(JSON.stringify(out)).not.toContain(SECRET_VALUE);
    expect(out.headers).toEqual([
      { name: 'Content-Type', value: 'application/json', secret: false },
      { name: 'Authorization', value: 'Bearer <<SECRET:WEBHOOK_AUTHORIZATION>>', secret: true },
      { name: 'X-Partner', value: '<<SECRET:WEBHOOK_X_PARTNER>>', secret: true },
      { name: 'X-Api-Key', value: '<<SECRET:WEBHOOK_X_API_KEY>>', secret: true },
    ]);
    expect(out.url).toBe('https://graph.facebook.com/v19.0/123/events?access_token=<<SECRET:WEBHOOK_ACCESS_TOKEN>>&debug=1');
    expect(out.method).toBe('POST');
    expect(out.secrets.map((s) => s.name)).toContain('WEBHOOK_ACCESS_TOKEN');
  });

  it('names a {placeholder} secret after the placeholder and the vendor', () => {
    const out = buildJourneysExport(exportInput({ destination: 'meta_custom_audience', settings: { headers: [{ name: 'Authorization', value: 'Bearer {access_token}', secret: true }] } }));
    expect(out.headers[0].value).toBe('Bearer <<SECRET:META_ACCESS_TOKEN>>');
    expect(out.url).toBe('https://graph.facebook.com/{ver}/{custom_audience_id}/users');
  });

  it.each([
    ['type = "track" and event = "Checkout Started" and properties.total >= 50', 'event named "Checkout Started"', 'event attribute (data) "total" is greater than or equal to 50'],
    ['type = "identify" and traits.loyalty_tier = "vip"', '"segment"', 'person attribute "loyalty_tier" is "vip"'],
    ['type = "track" and match(event, "Journey *")', 'pick the event', 'event name starts with "Journey "'],
    ['type = "track" and event = "Order Completed" and context.traits.plan != null', 'named "Order Completed"', 'person attribute "plan" is not null'],
    ['type = "track" and (event = "Checkout Started" and properties.total >= 100)', 'event named "Checkout Started"', 'event attribute (data) "total" is greater than or equal to 100'],
    ['(type = "track" and (properties.total >= 100 and event = "Checkout Started"))', 'event named "Checkout Started"', 'event attribute (data) "total" is greater than or equal to 100'],
  ])('derives campaign instructions from %s', (condition, trigger, clause) => {
    const out = buildJourneysExport(exportInput({ condition }));
    expect(out.instructions.trigger.join('\n')).toContain(trigger);
    expect(out.instructions.conditions).toContain(clause);
    expect(out.notes.join('\n')).toMatch(/customer\.\* is empty in webhook-triggered campaigns/);
  });

  it('lists clauses without a UI equivalent for manual setup', () => {
    const out = buildJourneysExport(exportInput({ condition: 'type = "track" and length(properties.items) > 2' }));
    expect(out.instructions.manual).toEqual(['recreate by hand: length(properties.items) > 2']);
    const alt = buildJourneysExport(exportInput({ condition: 'event = "A" or event = "B"' }));
    expect(alt.instructions.manual[0]).toMatch(/alternatives/);
  });

  it('names the event found inside a nested and-group and never says the FQL names none', () => {
    const out = buildJourneysExport(exportInput({ condition: 'type = "track" and (event = "Checkout Started" and properties.total >= 100)' }));
    expect(out.instructions.trigger.join('\n')).not.toContain('does not name one');
    expect(out.instructions.manual).toEqual([]);
  });

  it('lists every alternative of nested or-groups at one level', () => {
    const out = buildJourneysExport(exportInput({ condition: 'event = "A" or (event = "B" or event = "C")' }));
    expect(out.instructions.manual[0]).toContain('event = "A" | event = "B" | event = "C"');
  });

  it.each([
    ['approved', true], ['published', true], ['draft', false], ['in_review', false], ['changes_requested', false],
  ])('status %s -> isFinal %s', (status, isFinal) => {
    const out = buildJourneysExport(exportInput({ status }));
    expect(out.isFinal).toBe(isFinal);
    expect(out.stamp.approval.startsWith(isFinal ? 'approved by rita.reviewer@example.com' : 'UNAPPROVED DRAFT')).toBe(true);
  });
});

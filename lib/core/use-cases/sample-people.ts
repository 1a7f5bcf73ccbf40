import type { JsonObject } from '../sample.ts';

/** Person attributes as Customer.io stores them (unix-second dates). */
export const COMPLETE_PERSON: JsonObject = {
  id: 'cus_10001',
  email: 'jane.doe@example.com',
  phone: '+1 (415) 555-0123',
  first_name: 'Jane',
  last_name: 'Doe',
  city: 'Menlo Park',
  state: 'CA',
  zip: '94025',
  country: 'US',
  loyalty_tier: 'vip',
  tier_entered_at: 1767225600,
  last_order_at: 1759276800,
  days_since_last_order: 92,
  orders_count: 4,
  lifetime_value: 412.5,
  created_at: 1704067200,
};

/** No phone and none of the optional attributes. */
export const MINIMAL_PERSON: JsonObject = {
  id: 'cus_20002',
  email: 'sam@example.org',
  loyalty_tier: 'vip',
  last_order_at: 1758067200,
  days_since_last_order: 120,
};

/** Capitals and spaces in the email, quotes and a newline in the name, odd types. */
export const DIRTY_PERSON: JsonObject = {
  id: 'cus_30003',
  email: '  Jane.Doe+VIP@Example.COM ',
  phone: '07700 900123',
  first_name: 'Ann "Nan"\nMarie',
  last_name: "O'Brien\\Smith",
  city: 'Zürich',
  state: '',
  zip: 8001,
  country: 'ch',
  loyalty_tier: 'VIP',
  tier_entered_at: '1767225600',
  last_order_at: null,
  days_since_last_order: '95',
  orders_count: null,
};

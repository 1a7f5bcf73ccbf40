import type { UseCase } from '../use-case-types.ts';
import { DEDUPE_HASH, dedupePreamble, EMAIL_SHA256, PHONE_DIGITS_SHA256, PHONE_E164_SHA256, SCHEMA_VERSION } from './snippets.ts';

/**
 * Ad audience bodies stay coarse: identifiers only, plus schema_version / reason / event_id at the
 * top level (outside Meta's closed `payload` object). Removal use cases reuse the add body:
 * Meta removes with DELETE, Google with a `remove` operation, TikTok with `"action": "delete"`.
 */
function header(useCase: UseCase): string {
  return `${dedupePreamble(useCase.id)}
{
  "schema_version": ${SCHEMA_VERSION},
  "reason": ${JSON.stringify(useCase.reason)},
  "event_id": "${DEDUPE_HASH}",`;
}

export function metaCustomAudienceTemplate(useCase: UseCase): string {
  return `${header(useCase)}
  "payload": {
    "schema": ["EMAIL", "PHONE", "EXTERN_ID"],
    "data": [[
      {% if customer.email != blank %}"${EMAIL_SHA256}"{% else %}""{% endif %},
      {% if customer.phone != blank %}"${PHONE_DIGITS_SHA256}"{% else %}""{% endif %},
      {{ customer.id | default: "" | append: "" | json }}
    ]]
  }
}
`;
}

export function googleCustomerMatchTemplate(useCase: UseCase): string {
  const op = useCase.audienceAction === 'remove' ? 'remove' : 'create';
  return `${header(useCase)}
  "operations": [{
    "${op}": {
      "userIdentifiers": [
        {%- assign sep = "" -%}
        {%- if customer.email != blank -%}
        {"hashedEmail": "${EMAIL_SHA256}"}{%- assign sep = "," -%}
        {%- endif -%}
        {%- if customer.phone != blank -%}
        {{ sep }}{"hashedPhoneNumber": "${PHONE_E164_SHA256}"}{%- assign sep = "," -%}
        {%- endif -%}
        {%- if customer.first_name != blank and customer.last_name != blank and customer.country != blank and customer.zip != blank -%}
        {{ sep }}{"addressInfo": {
          "hashedFirstName": "{{ customer.first_name | strip | downcase | sha256 }}",
          "hashedLastName": "{{ customer.last_name | strip | downcase | sha256 }}",
          "countryCode": {{ customer.country | append: "" | strip | upcase | json }},
          "postalCode": {{ customer.zip | append: "" | strip | json }}
        }}
        {%- endif -%}
      ]
    }
  }]
}
`;
}

export function tiktokAudienceTemplate(useCase: UseCase): string {
  const action = useCase.audienceAction === 'remove' ? 'delete' : 'add';
  return `{%- assign tiktok_audience_id = "REPLACE_WITH_TIKTOK_AUDIENCE_ID" -%}
${header(useCase)}
  "advertiser_ids": ["REPLACE_WITH_TIKTOK_ADVERTISER_ID"],
  "action": "${action}",
  "id_schema": ["EMAIL_SHA256", "PHONE_SHA256"],
  "batch_data": [[
    {% if customer.email != blank %}{"id": "${EMAIL_SHA256}", "audience_ids": [{{ tiktok_audience_id | json }}]}{% else %}{}{% endif %},
    {% if customer.phone != blank %}{"id": "${PHONE_DIGITS_SHA256}", "audience_ids": [{{ tiktok_audience_id | json }}]}{% else %}{}{% endif %}
  ]]
}
`;
}

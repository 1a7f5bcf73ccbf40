import type { JsonObject, Sample } from '../sample.ts';
import type { UseCaseId } from './use-case-types.ts';
import { COMPLETE_PERSON, DIRTY_PERSON, MINIMAL_PERSON } from './sample-people.ts';
import { buildMessage, nonMatchingMessage, type SampleVariant } from './sample-messages.ts';

const VARIANTS: Array<{ variant: SampleVariant; person: JsonObject; name: string; description: string }> = [
  { variant: 'complete', person: COMPLETE_PERSON, name: 'Complete profile', description: 'A normal customer with every attribute and property filled in.' },
  { variant: 'missing-optional', person: MINIMAL_PERSON, name: 'Missing optional fields', description: 'No phone, no address, no optional event properties: optional keys must disappear cleanly.' },
  { variant: 'dirty', person: DIRTY_PERSON, name: 'Dirty record', description: 'Odd SKU array (mixed types, nesting), null cart value, quotes and a newline in a name, an email with capitals and spaces.' },
];

/** Identify messages carry the person's attributes as traits (Journeys "attributes" = Pipelines "traits"). */
function traitsOf(person: JsonObject): JsonObject {
  const { id: _id, ...traits } = person;
  return traits;
}

/**
 * Sample profiles for a use case: complete, missing-optional, dirty (the seed's minimum test set)
 * plus one message of the other type that the default condition must not match.
 * Fresh objects on every call so callers may edit them.
 */
export function starterSamples(useCaseId: UseCaseId): Sample[] {
  const samples: Sample[] = VARIANTS.map(({ variant, person, name, description }) => ({
    id: variant,
    name,
    description,
    customer: structuredClone(person),
    message: buildMessage(useCaseId, variant, person, traitsOf(person)),
  }));
  samples.push({
    id: 'non-matching',
    name: 'Non-matching message',
    description: 'A message of the other type; the default condition should not fire for it.',
    customer: structuredClone(COMPLETE_PERSON),
    message: nonMatchingMessage(useCaseId, COMPLETE_PERSON),
  });
  return structuredClone(samples);
}

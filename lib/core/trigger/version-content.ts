import type { ExportInput } from '../export/export-types.ts';
import { contentHash } from '../export/content-hash.ts';
import type { Bundle } from '../bundle/bundle.ts';
import type { Sample, TriggerKind } from '../sample.ts';
import { getUseCase } from '../use-cases/use-cases.ts';
import type { TriggerDefinition } from './definition.ts';

/**
 * The settings that are part of a version's identity: request settings plus the trigger kind and
 * Liquid dialect, which change what is rendered. Used for the content hash, exports and bundles,
 * so all three always agree.
 */
export function hashedSettings(def: Pick<TriggerDefinition, 'settings' | 'triggerKind' | 'dialect'>) {
  return { ...def.settings, triggerKind: def.triggerKind, dialect: def.dialect };
}

export function definitionHash(def: TriggerDefinition): string {
  return contentHash({ ...def, settings: hashedSettings(def) });
}

export type StoredVersion = TriggerDefinition & { version: number; status: string; contentHash: string };

export function exportInputOf(
  trigger: { id: string; name: string },
  v: StoredVersion,
  approval?: { by: string; at: string },
): ExportInput {
  return {
    trigger: { id: trigger.id, name: trigger.name, useCase: v.useCase, destination: v.destination },
    version: {
      number: v.version,
      template: v.template,
      condition: v.condition,
      samples: v.samples,
      settings: hashedSettings(v),
      status: v.status,
      contentHash: v.contentHash,
      ...(approval ? { approvedBy: approval.by, approvedAt: approval.at } : {}),
    },
  };
}

const KINDS: readonly TriggerKind[] = ['person', 'event', 'webhook', 'object'];
const METHODS: readonly string[] = ['POST', 'PUT', 'DELETE', 'PATCH'];

/**
 * A bundle back to an editable definition (import, `trigger-studio check`). triggerKind and dialect
 * travel inside the hashed settings; a bundle without them gets the use case's trigger kind.
 */
export function definitionOfBundle(bundle: Bundle): TriggerDefinition {
  const { settings } = bundle.version;
  const kind = settings.triggerKind as TriggerKind;
  const method = String(settings.method ?? 'POST').toUpperCase();
  return {
    useCase: bundle.trigger.useCase,
    destination: bundle.trigger.destination,
    triggerKind: KINDS.includes(kind) ? kind : (getUseCase(bundle.trigger.useCase)?.triggerKind ?? 'event'),
    dialect: settings.dialect === 'legacy' ? 'legacy' : 'latest',
    template: bundle.version.template,
    condition: bundle.version.condition,
    samples: bundle.version.samples as Sample[],
    settings: {
      url: settings.url ?? '',
      method: (METHODS.includes(method) ? method : 'POST') as TriggerDefinition['settings']['method'],
      headers: settings.headers ?? [],
    },
  };
}

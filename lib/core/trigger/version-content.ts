import type { ExportInput } from '../export/export-types.ts';
import { contentHash } from '../export/content-hash.ts';
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

/** Back from a bundle or export input to an editable definition. */
export function definitionOfSettings(settings: Record<string, unknown>): Pick<TriggerDefinition, 'settings' | 'triggerKind' | 'dialect'> {
  const { triggerKind, dialect, url, method, headers } = settings as Record<string, never>;
  return {
    triggerKind: triggerKind ?? 'event',
    dialect: dialect ?? 'latest',
    settings: { url: url ?? '', method: method ?? 'POST', headers: headers ?? [] },
  };
}

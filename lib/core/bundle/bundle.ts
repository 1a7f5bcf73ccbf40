import type { Diagnostic } from '../diagnostics.ts';
import { positionAt, pointRange } from '../diagnostics.ts';
import { contentHash } from '../export/content-hash.ts';
import type { ExportInput } from '../export/export-types.ts';
import type { Sample } from '../sample.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MAX_BUNDLE_CHARS, bundleSchema, type Bundle } from './bundle-schema.ts';

export type { Bundle } from './bundle-schema.ts';
export { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './bundle-schema.ts';

export type BundleInput = {
  trigger: ExportInput['trigger'];
  version: Omit<ExportInput['version'], 'contentHash'> & { contentHash?: string };
  exportedAt?: string;
};

/** The hash a bundle must carry: the same six fields lib/data hashes for a version. */
export function bundleContentHash(b: Pick<Bundle, 'trigger' | 'version'>): string {
  return contentHash({
    template: b.version.template,
    condition: b.version.condition,
    samples: b.version.samples as Sample[],
    useCase: b.trigger.useCase,
    destination: b.trigger.destination,
    settings: b.version.settings,
  });
}

/**
 * A versioned, self-verifying file for one trigger version. The hash is recomputed from the
 * content (not copied), so a bundle can never claim a hash its content does not have.
 * Pass `settings` exactly as they were hashed when the version was saved.
 */
export function toBundle(input: BundleInput): Bundle {
  const { trigger, version } = input;
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...(input.exportedAt ? { exportedAt: input.exportedAt } : {}),
    trigger: { id: trigger.id, name: trigger.name, useCase: trigger.useCase, destination: trigger.destination },
    version: {
      number: version.number,
      status: version.status,
      template: version.template,
      condition: version.condition,
      samples: version.samples,
      settings: version.settings,
      ...(version.approvedBy !== undefined ? { approvedBy: version.approvedBy } : {}),
      ...(version.approvedAt !== undefined ? { approvedAt: version.approvedAt } : {}),
    },
    contentHash: '',
  };
  bundle.contentHash = bundleContentHash(bundle);
  return bundle;
}

export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

function error(code: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { source: 'json', code, severity: 'error', message, ...extra };
}

function jsonError(text: string, e: unknown): Diagnostic {
  const msg = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(msg);
  if (!pos) return error('bundle/invalid-json', `The bundle is not valid JSON: ${msg}`);
  const p = positionAt(text, Number(pos[1]));
  return error('bundle/invalid-json', `The bundle is not valid JSON at line ${p.line}, column ${p.column}: ${msg}`, { range: pointRange(p.line, p.column) });
}

/** Parse and verify a bundle file: JSON, format/version, shape (zod), then the content hash. */
export function parseBundle(text: string): { bundle: Bundle } | { diagnostics: Diagnostic[] } {
  if (text.length > MAX_BUNDLE_CHARS) {
    return { diagnostics: [error('bundle/too-large', `The bundle is ${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_BUNDLE_CHARS.toLocaleString('en-US')}.`)] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { diagnostics: [jsonError(text, e)] };
  }
  const head = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (typeof raw !== 'object' || raw === null || head.format !== BUNDLE_FORMAT) {
    return { diagnostics: [error('bundle/format', `This is not a Trigger Studio bundle: "format" must be "${BUNDLE_FORMAT}".`, { path: '/format' })] };
  }
  if (head.formatVersion !== BUNDLE_FORMAT_VERSION) {
    return { diagnostics: [error('bundle/format-version', `Unsupported bundle formatVersion ${JSON.stringify(head.formatVersion)}: this version of Trigger Studio reads formatVersion ${BUNDLE_FORMAT_VERSION}.`, { path: '/formatVersion' })] };
  }
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.slice(0, 20).map((i) => {
        const path = `/${i.path.map(String).join('/')}`;
        return error('bundle/invalid', `Bundle field ${path}: ${i.message}`, { path });
      }),
    };
  }
  const expected = bundleContentHash(parsed.data);
  if (expected !== parsed.data.contentHash) {
    return { diagnostics: [error('bundle/content-hash-mismatch', `The bundle's contentHash ${parsed.data.contentHash} does not match its content (${expected}): the file was edited after export or is corrupt.`, { path: '/contentHash' })] };
  }
  return { bundle: parsed.data };
}

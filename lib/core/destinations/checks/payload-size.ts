import { utf8ByteLength } from '../sha256-hex.ts';
import { finding, type DestinationCheck } from './check-helpers.ts';

const WARN_RATIO = 0.9;

function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(2)} MB`;
  if (n >= 1_000) return `${(n / 1_000).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Size of what is actually sent: the rendered text, in UTF-8 bytes (not JS string length). */
export const checkPayloadSize: DestinationCheck = ({ renderedText, destination }) => {
  const bytes = utf8ByteLength(renderedText);
  const max = destination.maxPayloadBytes;
  if (bytes > max) {
    return [finding('payload-too-large', 'error', '',
      `payload is ${formatBytes(bytes)} (${bytes} bytes), over the ${formatBytes(max)} (${max} bytes) limit for ${destination.label}`)];
  }
  if (bytes > max * WARN_RATIO) {
    return [finding('payload-near-limit', 'warning', '',
      `payload is ${bytes} bytes, within 10% of the ${max}-byte limit for ${destination.label}; larger samples may be rejected`)];
  }
  return [];
};

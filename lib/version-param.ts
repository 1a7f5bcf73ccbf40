/** A version number from a URL: 1 up to a billion, decimal digits only ("0x2", "1e3", 2^70 are not versions). */
export function parseVersionParam(raw: string): number | null {
  return /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}

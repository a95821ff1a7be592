/** "262144 bytes (256 KiB)": a byte limit as people and programs read it. */
export function formatByteLimit(bytes: number): string {
  const kib = bytes / 1024;
  return `${bytes} bytes (${Number.isInteger(kib) ? kib : kib.toFixed(1)} KiB)`;
}

/** Hand-made tar.gz archives, including the malicious kinds a normal tar refuses to write. */
import { gzipSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  type?: '0' | '1' | '2' | '3' | '5' | '6';
  data?: string | Buffer;
  link?: string;
  mode?: number;
  /** Raw text for the size field (to forge one), instead of the data's length in octal. */
  sizeField?: string;
}

function header(e: RawEntry, size: number): Buffer {
  const b = Buffer.alloc(512);
  b.write(e.name.slice(0, 100), 0, 'utf8');
  const oct = (off: number, len: number, v: number) => b.write(v.toString(8).padStart(len - 1, '0') + '\0', off, 'binary');
  oct(100, 8, e.mode ?? 0o755);
  oct(108, 8, 0);
  oct(116, 8, 0);
  if (e.sizeField !== undefined) b.write(e.sizeField.padEnd(11, '\0').slice(0, 11) + '\0', 124, 'binary');
  else oct(124, 12, size);
  oct(136, 12, 1700000000);
  b.write(e.type ?? '0', 156, 'ascii');
  if (e.link) b.write(e.link.slice(0, 100), 157, 'utf8');
  b.write('ustar\u000000', 257, 'binary');
  b.fill(' ', 148, 156);
  let sum = 0;
  for (const x of b) sum += x;
  b.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'binary');
  return b;
}

export function rawTarGz(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = e.type === '0' || e.type === undefined ? Buffer.from(e.data ?? '') : Buffer.alloc(0);
    parts.push(header(e, data.length), data);
    if (data.length % 512) parts.push(Buffer.alloc(512 - (data.length % 512)));
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts));
}

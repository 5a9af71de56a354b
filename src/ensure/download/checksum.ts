/**
 * The hash a download must have: from a checksum file (one hash, or `<hash>  <name>` lines as
 * sha256sum, goreleaser's checksums.txt and SHA256SUMS write them; BSD `SHA256 (name) = hash` too),
 * sha256 or sha512 by the hash's length.
 */
import { UserError } from '../../runtime/errors.js';

export interface ExpectedHash {
  algorithm: 'sha256' | 'sha512';
  hex: string;
}

const HEX = /^(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$/;

function algorithmOf(hex: string): ExpectedHash['algorithm'] {
  return hex.length === 64 ? 'sha256' : 'sha512';
}

/** The hash for `fileName` in a checksum file's text; a refusal (one line) when there is none. */
export function hashFromChecksumFile(text: string, fileName: string, what: string): ExpectedHash {
  const named = new Map<string, string>();
  const bare: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const bsd = /^(SHA256|SHA512) \((.+)\) ?= ?([0-9a-fA-F]+)$/.exec(line);
    if (bsd && HEX.test(bsd[3])) {
      named.set(baseName(bsd[2]), bsd[3].toLowerCase());
      continue;
    }
    const [hash, ...rest] = line.split(/\s+/);
    if (!HEX.test(hash)) continue;
    if (rest.length) named.set(baseName(rest.join(' ').replace(/^\*/, '')), hash.toLowerCase());
    else bare.push(hash.toLowerCase());
  }
  const mine = named.get(fileName);
  if (mine) return { algorithm: algorithmOf(mine), hex: mine };
  if (!named.size && bare.length === 1) return { algorithm: algorithmOf(bare[0]), hex: bare[0] };
  if (!named.size && !bare.length) throw new UserError(`${what} holds no sha256 or sha512 hash: refusing ${fileName}`);
  throw new UserError(`${what} has no line for ${fileName}: refusing it (the checksums file names ${[...named.keys()].slice(0, 5).join(', ') || 'no file'})`);
}

function baseName(name: string): string {
  return name.trim().replace(/^\.\//, '').split('/').pop() ?? name;
}

/**
 * A file's bytes, decompressed as they are read, for the tar reader and single-file `.gz`.
 * gzip: node:zlib. zstd: node:zlib where Node has it (22.15+, 24), else fzstd (pure JS, streaming,
 * no native build to ship in the bundle). xz: xz-decompress (liblzma compiled to WebAssembly,
 * streaming; Node has no xz). bzip2: unbzip2-stream's block decoder (pure JS), driven block by block
 * by bunzip2.ts. All run on every runner
 * OS and architecture from the one ncc bundle, which a native addon would not.
 */
import { createReadStream } from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream';
import * as zlib from 'node:zlib';
import { UserError } from '../runtime/errors.js';
import { bunzip2 } from './bunzip2.js';

export type Compression = 'none' | 'gzip' | 'xz' | 'bzip2' | 'zstd';

export const CHUNK = 256 * 1024;

/**
 * The file's decompressed bytes as Buffers; a decoder's error ends the iteration as "archive is corrupt".
 * `source` (tests) is the file already opened, e.g. with a counting `fs`.
 */
export async function* decompressed(
  file: string,
  compression: Compression,
  source: Readable = createReadStream(file, { highWaterMark: CHUNK }),
): AsyncGenerator<Buffer> {
  const out = await decoded(source, compression);
  try {
    for await (const chunk of out as AsyncIterable<Uint8Array>) {
      yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  } catch (err) {
    if (err instanceof UserError || (err as NodeJS.ErrnoException).code === 'ENOENT') throw err;
    throw new UserError(`archive is corrupt (${compression}: ${(err as Error).message ?? String(err)})`);
  } finally {
    source.destroy();
    out.destroy();
  }
}

async function decoded(source: Readable, compression: Compression): Promise<Readable> {
  switch (compression) {
    case 'none':
      return source;
    case 'gzip':
      return piped(source, zlib.createGunzip({ chunkSize: CHUNK }));
    case 'zstd': {
      const native = (zlib as unknown as { createZstdDecompress?: (o?: object) => Transform }).createZstdDecompress;
      return piped(source, native ? native({ chunkSize: CHUNK }) : await fzstdTransform());
    }
    case 'bzip2':
      // Pulled block by block by the consumer (see bunzip2.ts for why not unbzip2-stream's stream).
      return Readable.from(bunzip2(source), { objectMode: false, highWaterMark: 1 });
    case 'xz': {
      const { XzReadableStream } = await import('xz-decompress');
      const web = Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>;
      return Readable.fromWeb(new XzReadableStream(web) as unknown as import('node:stream/web').ReadableStream<Uint8Array>, { highWaterMark: 1 });
    }
  }
}

/** `source` through `decoder`; an error on either side ends `decoder` with it. */
function piped(source: Readable, decoder: Transform): Readable {
  pipeline(source, decoder, () => {});
  return decoder;
}

async function fzstdTransform(): Promise<Transform> {
  const { Decompress } = await import('fzstd');
  let push: ((b: Uint8Array) => void) | undefined;
  const d = new Decompress((data: Uint8Array) => push?.(data));
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      push = (b) => this.push(Buffer.from(b));
      try {
        d.push(chunk);
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done: TransformCallback) {
      push = (b) => this.push(Buffer.from(b));
      try {
        d.push(new Uint8Array(0), true);
        done();
      } catch (err) {
        done(err as Error);
      }
    },
  });
}

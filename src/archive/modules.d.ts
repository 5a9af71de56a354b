// unbzip2-stream's block decoder: `header` reads the stream header (the block size, 1-9);
// `decompress` decodes one block into `sink`, returning the running CRC, or null at the
// end-of-stream marker. Both read bits through `bits(n)` (`bits(null)` aligns to a byte).
declare module 'unbzip2-stream/lib/bzip2.js' {
  type Bits = (n: number | null) => number;
  const bzip2: {
    header(bits: Bits): number;
    decompress(bits: Bits, sink: (byte: number) => void, buf: Int32Array, bufsize: number, streamCRC: number): number | null;
  };
  export default bzip2;
}

// unbzip2-stream ships no types: a function returning a through-stream (a Node duplex).
declare module 'unbzip2-stream' {
  import type { Duplex } from 'node:stream';
  export default function unbzip2Stream(): Duplex;
}

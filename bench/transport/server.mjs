// Serves `size` bytes (half random, half zero per 64 KiB) on 127.0.0.1; prints the URL.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
const size = Number(process.argv[2]);
const block = Buffer.alloc(1 << 20);
const noise = randomBytes(1 << 20);
for (let o = 0; o < block.length; o += 65536) noise.copy(block, o, o, o + 32768);
const server = createServer(async (req, res) => {
  res.writeHead(200, { 'content-length': String(size), 'content-type': 'application/octet-stream' });
  for (let sent = 0; sent < size; sent += block.length) {
    if (!res.write(block.subarray(0, Math.min(block.length, size - sent)))) await new Promise((r) => res.once('drain', r));
  }
  res.end();
});
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/`));

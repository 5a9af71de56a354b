export const id = 661;
export const ids = [661];
export const modules = {

/***/ 9226:
/***/ ((module) => {

/* 
  bzip2.js - a small bzip2 decompression implementation
  
  Copyright 2011 by antimatter15 (antimatter15@gmail.com)
  
  Based on micro-bunzip by Rob Landley (rob@landley.net).

  Copyright (c) 2011 by antimatter15 (antimatter15@gmail.com).

  Permission is hereby granted, free of charge, to any person obtaining a
  copy of this software and associated documentation files (the "Software"),
  to deal in the Software without restriction, including without limitation
  the rights to use, copy, modify, merge, publish, distribute, sublicense,
  and/or sell copies of the Software, and to permit persons to whom the
  Software is furnished to do so, subject to the following conditions:
  
  The above copyright notice and this permission notice shall be included
  in all copies or substantial portions of the Software.
  
  THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
  EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
  MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
  IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
  DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
  TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH
  THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/
function Bzip2Error(message) {
    this.name = 'Bzip2Error';
    this.message = message;
    this.stack = (new Error()).stack;
}
Bzip2Error.prototype = new Error;
 
var message = {
    Error: function(message) {throw new Bzip2Error(message);}
};

var bzip2 = {};
bzip2.Bzip2Error = Bzip2Error;

bzip2.crcTable =
[
   0x00000000, 0x04c11db7, 0x09823b6e, 0x0d4326d9,
   0x130476dc, 0x17c56b6b, 0x1a864db2, 0x1e475005,
   0x2608edb8, 0x22c9f00f, 0x2f8ad6d6, 0x2b4bcb61,
   0x350c9b64, 0x31cd86d3, 0x3c8ea00a, 0x384fbdbd,
   0x4c11db70, 0x48d0c6c7, 0x4593e01e, 0x4152fda9,
   0x5f15adac, 0x5bd4b01b, 0x569796c2, 0x52568b75,
   0x6a1936c8, 0x6ed82b7f, 0x639b0da6, 0x675a1011,
   0x791d4014, 0x7ddc5da3, 0x709f7b7a, 0x745e66cd,
   0x9823b6e0, 0x9ce2ab57, 0x91a18d8e, 0x95609039,
   0x8b27c03c, 0x8fe6dd8b, 0x82a5fb52, 0x8664e6e5,
   0xbe2b5b58, 0xbaea46ef, 0xb7a96036, 0xb3687d81,
   0xad2f2d84, 0xa9ee3033, 0xa4ad16ea, 0xa06c0b5d,
   0xd4326d90, 0xd0f37027, 0xddb056fe, 0xd9714b49,
   0xc7361b4c, 0xc3f706fb, 0xceb42022, 0xca753d95,
   0xf23a8028, 0xf6fb9d9f, 0xfbb8bb46, 0xff79a6f1,
   0xe13ef6f4, 0xe5ffeb43, 0xe8bccd9a, 0xec7dd02d,
   0x34867077, 0x30476dc0, 0x3d044b19, 0x39c556ae,
   0x278206ab, 0x23431b1c, 0x2e003dc5, 0x2ac12072,
   0x128e9dcf, 0x164f8078, 0x1b0ca6a1, 0x1fcdbb16,
   0x018aeb13, 0x054bf6a4, 0x0808d07d, 0x0cc9cdca,
   0x7897ab07, 0x7c56b6b0, 0x71159069, 0x75d48dde,
   0x6b93dddb, 0x6f52c06c, 0x6211e6b5, 0x66d0fb02,
   0x5e9f46bf, 0x5a5e5b08, 0x571d7dd1, 0x53dc6066,
   0x4d9b3063, 0x495a2dd4, 0x44190b0d, 0x40d816ba,
   0xaca5c697, 0xa864db20, 0xa527fdf9, 0xa1e6e04e,
   0xbfa1b04b, 0xbb60adfc, 0xb6238b25, 0xb2e29692,
   0x8aad2b2f, 0x8e6c3698, 0x832f1041, 0x87ee0df6,
   0x99a95df3, 0x9d684044, 0x902b669d, 0x94ea7b2a,
   0xe0b41de7, 0xe4750050, 0xe9362689, 0xedf73b3e,
   0xf3b06b3b, 0xf771768c, 0xfa325055, 0xfef34de2,
   0xc6bcf05f, 0xc27dede8, 0xcf3ecb31, 0xcbffd686,
   0xd5b88683, 0xd1799b34, 0xdc3abded, 0xd8fba05a,
   0x690ce0ee, 0x6dcdfd59, 0x608edb80, 0x644fc637,
   0x7a089632, 0x7ec98b85, 0x738aad5c, 0x774bb0eb,
   0x4f040d56, 0x4bc510e1, 0x46863638, 0x42472b8f,
   0x5c007b8a, 0x58c1663d, 0x558240e4, 0x51435d53,
   0x251d3b9e, 0x21dc2629, 0x2c9f00f0, 0x285e1d47,
   0x36194d42, 0x32d850f5, 0x3f9b762c, 0x3b5a6b9b,
   0x0315d626, 0x07d4cb91, 0x0a97ed48, 0x0e56f0ff,
   0x1011a0fa, 0x14d0bd4d, 0x19939b94, 0x1d528623,
   0xf12f560e, 0xf5ee4bb9, 0xf8ad6d60, 0xfc6c70d7,
   0xe22b20d2, 0xe6ea3d65, 0xeba91bbc, 0xef68060b,
   0xd727bbb6, 0xd3e6a601, 0xdea580d8, 0xda649d6f,
   0xc423cd6a, 0xc0e2d0dd, 0xcda1f604, 0xc960ebb3,
   0xbd3e8d7e, 0xb9ff90c9, 0xb4bcb610, 0xb07daba7,
   0xae3afba2, 0xaafbe615, 0xa7b8c0cc, 0xa379dd7b,
   0x9b3660c6, 0x9ff77d71, 0x92b45ba8, 0x9675461f,
   0x8832161a, 0x8cf30bad, 0x81b02d74, 0x857130c3,
   0x5d8a9099, 0x594b8d2e, 0x5408abf7, 0x50c9b640,
   0x4e8ee645, 0x4a4ffbf2, 0x470cdd2b, 0x43cdc09c,
   0x7b827d21, 0x7f436096, 0x7200464f, 0x76c15bf8,
   0x68860bfd, 0x6c47164a, 0x61043093, 0x65c52d24,
   0x119b4be9, 0x155a565e, 0x18197087, 0x1cd86d30,
   0x029f3d35, 0x065e2082, 0x0b1d065b, 0x0fdc1bec,
   0x3793a651, 0x3352bbe6, 0x3e119d3f, 0x3ad08088,
   0x2497d08d, 0x2056cd3a, 0x2d15ebe3, 0x29d4f654,
   0xc5a92679, 0xc1683bce, 0xcc2b1d17, 0xc8ea00a0,
   0xd6ad50a5, 0xd26c4d12, 0xdf2f6bcb, 0xdbee767c,
   0xe3a1cbc1, 0xe760d676, 0xea23f0af, 0xeee2ed18,
   0xf0a5bd1d, 0xf464a0aa, 0xf9278673, 0xfde69bc4,
   0x89b8fd09, 0x8d79e0be, 0x803ac667, 0x84fbdbd0,
   0x9abc8bd5, 0x9e7d9662, 0x933eb0bb, 0x97ffad0c,
   0xafb010b1, 0xab710d06, 0xa6322bdf, 0xa2f33668,
   0xbcb4666d, 0xb8757bda, 0xb5365d03, 0xb1f740b4
];

bzip2.array = function(bytes) {
    var bit = 0, byte = 0;
    var BITMASK = [0, 0x01, 0x03, 0x07, 0x0F, 0x1F, 0x3F, 0x7F, 0xFF ];
    return function(n) {
        var result = 0;
        while(n > 0) {
            var left = 8 - bit;
            if (n >= left) {
                result <<= left;
                result |= (BITMASK[left] & bytes[byte++]);
                bit = 0;
                n -= left;
            } else {
                result <<= n;
                result |= ((bytes[byte] & (BITMASK[n] << (8 - n - bit))) >> (8 - n - bit));
                bit += n;
                n = 0;
            }
        }
        return result;
    }
}

    
bzip2.simple = function(srcbuffer, stream) {
    var bits = bzip2.array(srcbuffer);
    var size = bzip2.header(bits);
    var ret = false;
    var bufsize = 100000 * size;
    var buf = new Int32Array(bufsize);
    
    do {
        ret = bzip2.decompress(bits, stream, buf, bufsize);        
    } while(!ret);
}

bzip2.header = function(bits) {
    this.byteCount = new Int32Array(256);
    this.symToByte = new Uint8Array(256);
    this.mtfSymbol = new Int32Array(256);
    this.selectors = new Uint8Array(0x8000);

    if (bits(8*3) != 4348520) message.Error("No magic number found");

    var i = bits(8) - 48;
    if (i < 1 || i > 9) message.Error("Not a BZIP archive");
    return i;
};


//takes a function for reading the block data (starting with 0x314159265359)
//a block size (0-9) (optional, defaults to 9)
//a length at which to stop decompressing and return the output
bzip2.decompress = function(bits, stream, buf, bufsize, streamCRC) {
    var MAX_HUFCODE_BITS = 20;
    var MAX_SYMBOLS = 258;
    var SYMBOL_RUNA = 0;
    var SYMBOL_RUNB = 1;
    var GROUP_SIZE = 50;
    var crc = 0 ^ (-1);
    
    for(var h = '', i = 0; i < 6; i++) h += bits(8).toString(16);
    if (h == "177245385090") {
      var finalCRC = bits(32)|0;
      if (finalCRC !== streamCRC) message.Error("Error in bzip2: crc32 do not match");
      // align stream to byte
      bits(null);
      return null; // reset streamCRC for next call
    }
    if (h != "314159265359") message.Error("eek not valid bzip data");
    var crcblock = bits(32)|0; // CRC code
    if (bits(1)) message.Error("unsupported obsolete version");
    var origPtr = bits(24);
    if (origPtr > bufsize) message.Error("Initial position larger than buffer size");
    var t = bits(16);
    var symTotal = 0;
    for (i = 0; i < 16; i++) {
        if (t & (1 << (15 - i))) {
            var k = bits(16);
            for(j = 0; j < 16; j++) {
                if (k & (1 << (15 - j))) {
                    this.symToByte[symTotal++] = (16 * i) + j;
                }
            }
        }
    }

    var groupCount = bits(3);
    if (groupCount < 2 || groupCount > 6) message.Error("another error");
    var nSelectors = bits(15);
    if (nSelectors == 0) message.Error("meh");
    for(var i = 0; i < groupCount; i++) this.mtfSymbol[i] = i;

    for(var i = 0; i < nSelectors; i++) {
        for(var j = 0; bits(1); j++) if (j >= groupCount) message.Error("whoops another error");
        var uc = this.mtfSymbol[j];
        for(var k = j-1; k>=0; k--) {
            this.mtfSymbol[k+1] = this.mtfSymbol[k];
        }
        this.mtfSymbol[0] = uc;
        this.selectors[i] = uc;
    }

    var symCount = symTotal + 2;
    var groups = [];
    var length = new Uint8Array(MAX_SYMBOLS),
    temp = new Uint16Array(MAX_HUFCODE_BITS+1);

    var hufGroup;

    for(var j = 0; j < groupCount; j++) {
        t = bits(5); //lengths
        for(var i = 0; i < symCount; i++) {
            while(true){
                if (t < 1 || t > MAX_HUFCODE_BITS) message.Error("I gave up a while ago on writing error messages");
                if (!bits(1)) break;
                if (!bits(1)) t++;
                else t--;
            }
            length[i] = t;
        }
        var  minLen,  maxLen;
        minLen = maxLen = length[0];
        for(var i = 1; i < symCount; i++) {
            if (length[i] > maxLen) maxLen = length[i];
            else if (length[i] < minLen) minLen = length[i];
        }
        hufGroup = groups[j] = {};
        hufGroup.permute = new Int32Array(MAX_SYMBOLS);
        hufGroup.limit = new Int32Array(MAX_HUFCODE_BITS + 1);
        hufGroup.base = new Int32Array(MAX_HUFCODE_BITS + 1);

        hufGroup.minLen = minLen;
        hufGroup.maxLen = maxLen;
        var base = hufGroup.base;
        var limit = hufGroup.limit;
        var pp = 0;
        for(var i = minLen; i <= maxLen; i++)
        for(var t = 0; t < symCount; t++)
        if (length[t] == i) hufGroup.permute[pp++] = t;
        for(i = minLen; i <= maxLen; i++) temp[i] = limit[i] = 0;
        for(i = 0; i < symCount; i++) temp[length[i]]++;
        pp = t = 0;
        for(i = minLen; i < maxLen; i++) {
            pp += temp[i];
            limit[i] = pp - 1;
            pp <<= 1;
            base[i+1] = pp - (t += temp[i]);
        }
        limit[maxLen] = pp + temp[maxLen] - 1;
        base[minLen] = 0;
    }

    for(var i = 0; i < 256; i++) { 
        this.mtfSymbol[i] = i;
        this.byteCount[i] = 0;
    }
    var runPos, count, symCount, selector;
    runPos = count = symCount = selector = 0;    
    while(true) {
        if (!(symCount--)) {
            symCount = GROUP_SIZE - 1;
            if (selector >= nSelectors) message.Error("meow i'm a kitty, that's an error");
            hufGroup = groups[this.selectors[selector++]];
            base = hufGroup.base;
            limit = hufGroup.limit;
        }
        i = hufGroup.minLen;
        j = bits(i);
        while(true) {
            if (i > hufGroup.maxLen) message.Error("rawr i'm a dinosaur");
            if (j <= limit[i]) break;
            i++;
            j = (j << 1) | bits(1);
        }
        j -= base[i];
        if (j < 0 || j >= MAX_SYMBOLS) message.Error("moo i'm a cow");
        var nextSym = hufGroup.permute[j];
        if (nextSym == SYMBOL_RUNA || nextSym == SYMBOL_RUNB) {
            if (!runPos){
                runPos = 1;
                t = 0;
            }
            if (nextSym == SYMBOL_RUNA) t += runPos;
            else t += 2 * runPos;
            runPos <<= 1;
            continue;
        }
        if (runPos) {
            runPos = 0;
            if (count + t > bufsize) message.Error("Boom.");
            uc = this.symToByte[this.mtfSymbol[0]];
            this.byteCount[uc] += t;
            while(t--) buf[count++] = uc;
        }
        if (nextSym > symTotal) break;
        if (count >= bufsize) message.Error("I can't think of anything. Error");
        i = nextSym - 1;
        uc = this.mtfSymbol[i];
        for(var k = i-1; k>=0; k--) {
            this.mtfSymbol[k+1] = this.mtfSymbol[k];
        }
        this.mtfSymbol[0] = uc
        uc = this.symToByte[uc];
        this.byteCount[uc]++;
        buf[count++] = uc;
    }
    if (origPtr < 0 || origPtr >= count) message.Error("I'm a monkey and I'm throwing something at someone, namely you");
    var j = 0;
    for(var i = 0; i < 256; i++) {
        k = j + this.byteCount[i];
        this.byteCount[i] = j;
        j = k;
    }
    for(var i = 0; i < count; i++) {
        uc = buf[i] & 0xff;
        buf[this.byteCount[uc]] |= (i << 8);
        this.byteCount[uc]++;
    }
    var pos = 0, current = 0, run = 0;
    if (count) {
        pos = buf[origPtr];
        current = (pos & 0xff);
        pos >>= 8;
        run = -1;
    }
    count = count;
    var copies, previous, outbyte;
    while(count) {
        count--;
        previous = current;
        pos = buf[pos];
        current = pos & 0xff;
        pos >>= 8;
        if (run++ == 3) {
            copies = current;
            outbyte = previous;
            current = -1;
        } else {
            copies = 1;
            outbyte = current;
        }
        while(copies--) {
            crc = ((crc << 8) ^ this.crcTable[((crc>>24) ^ outbyte) & 0xFF])&0xFFFFFFFF; // crc32
            stream(outbyte);
        }
        if (current != previous) run = 0;
    }

    crc = (crc ^ (-1)) >>> 0;
    if ((crc|0) != (crcblock|0)) message.Error("Error in bzip2: crc32 do not match");
    streamCRC = (crc ^ ((streamCRC << 1) | (streamCRC >>> 31))) & 0xFFFFFFFF;
    return streamCRC;
}

module.exports = bzip2;


/***/ }),

/***/ 8126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ decompressed)
});

// UNUSED EXPORTS: CHUNK

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./node_modules/unbzip2-stream/lib/bzip2.js
var bzip2 = __webpack_require__(9226);
var bzip2_default = /*#__PURE__*/__webpack_require__.n(bzip2);
;// CONCATENATED MODULE: ./src/archive/bunzip2.ts
/**
 * bzip2, decoded block by block as the consumer asks for bytes.
 *
 * The block decoder is unbzip2-stream's (`lib/bzip2.js`, pure JS, CRC-checked). Its stream wrapper
 * is not used: a classic `through` stream that collects each decoded block one byte at a time in a
 * JS array and copies it into a Buffer (about 1 MB/s, and 175 MiB of RSS for a 16 MiB file: the
 * arrays, not read-ahead, which its pause/drain already bounded). Here an async generator buffers
 * about one compressed block (block size + 25 KB, and one read) and yields one decoded block at a
 * time, only when the consumer asks; the decoder writes into a typed array, reading bits through
 * a 32-bit accumulator.
 */

/** The input ended inside a block: wait for more, or, at the end of the file, the archive is cut. */
class Underrun extends Error {
}
/** Multistream-capable (as `bzip2 -d` is: concatenated .bz2 files decode as one). */
async function* bunzip2(source) {
    try {
        yield* blocks(source);
    }
    catch (err) {
        throw plainly(err);
    }
}
/** The decoder's jokes ("rawr i'm a dinosaur") for bad block data become one plain phrase. */
function plainly(err) {
    if (err.name !== 'Bzip2Error' || /crc32|magic|BZIP/.test(err.message))
        return err;
    return new Error('invalid block data');
}
async function* blocks(source) {
    const input = source[Symbol.asyncIterator]();
    let data = Buffer.alloc(0);
    let pos = 0; // next byte of `data` to load into the accumulator
    let acc = 0; // bit accumulator: its low `count` bits are the unread ones
    let count = 0;
    let ended = false;
    const bits = (n) => {
        if (n === null) {
            count -= count & 7; // to the next byte boundary (between concatenated streams)
            return 0;
        }
        if (n > 24)
            return bits(n - 16) * 65536 + bits(16);
        while (count < n) {
            if (pos >= data.length)
                throw new Underrun();
            acc = (acc << 8) | data[pos++];
            count += 8;
        }
        count -= n;
        return (acc >>> count) & ((1 << n) - 1);
    };
    /** Appends the next chunk, dropping the bytes already in the accumulator; false at the end of the input. */
    const more = async () => {
        if (ended)
            return false;
        const next = await input.next();
        if (next.done) {
            ended = true;
            return false;
        }
        const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
        data = Buffer.concat([data.subarray(pos), chunk]);
        pos = 0;
        return true;
    };
    /**
     * Runs `step` from the current bit once `want` bytes are buffered (or the input has ended); on an
     * underrun (a block longer than guessed), reads more and runs it again from the same bit.
     * undefined: the input ended before `step` could finish.
     */
    const whole = async (want, step) => {
        while (data.length - pos < want && (await more()))
            ;
        for (;;) {
            const saved = { pos, acc, count };
            try {
                return step();
            }
            catch (err) {
                if (!(err instanceof Underrun))
                    throw err;
                ({ pos, acc, count } = saved);
                if (!(await more()))
                    return undefined;
            }
        }
    };
    let out = new Uint8Array(1 << 20);
    let length = 0;
    const sink = (byte) => {
        if (length === out.length) {
            const bigger = new Uint8Array(out.length * 2);
            bigger.set(out);
            out = bigger;
        }
        out[length++] = byte;
    };
    for (let streams = 0;; streams++) {
        let size;
        try {
            size = await whole(4, () => bzip2_default().header(bits));
        }
        catch (err) {
            if (streams === 0)
                throw err;
            size = undefined; // trailing garbage after a complete stream is ignored, as by `bzip2 -d`
        }
        if (size === undefined) {
            if (streams === 0)
                throw new Error('input stream ended prematurely');
            return;
        }
        const bufsize = 100000 * size;
        const work = new Int32Array(bufsize);
        let crc = 0;
        while (crc !== null) {
            const previous = crc;
            // A compressed block is at most about its block size plus tables (unbzip2-stream's bound).
            const next = await whole(25000 + bufsize, () => {
                length = 0;
                return bzip2_default().decompress(bits, sink, work, bufsize, previous);
            });
            if (next === undefined)
                throw new Error('input stream ended prematurely');
            crc = next; // null: the end-of-stream marker, its combined CRC matched
            if (length)
                yield Buffer.from(out.subarray(0, length));
        }
    }
}

;// CONCATENATED MODULE: ./src/archive/decompress.ts
/**
 * A file's bytes, decompressed as they are read, for the tar reader and single-file `.gz`.
 * gzip: node:zlib. zstd: node:zlib where Node has it (22.15+, 24), else fzstd (pure JS, streaming,
 * no native build to ship in the bundle). xz: xz-decompress (liblzma compiled to WebAssembly,
 * streaming; Node has no xz). bzip2: unbzip2-stream's block decoder (pure JS), driven block by block
 * by bunzip2.ts. All run on every runner
 * OS and architecture from the one ncc bundle, which a native addon would not.
 */






const CHUNK = 256 * 1024;
/**
 * The file's decompressed bytes as Buffers; a decoder's error ends the iteration as "archive is corrupt".
 * `source` (tests) is the file already opened, e.g. with a counting `fs`.
 */
async function* decompressed(file, compression, source = (0,external_node_fs_.createReadStream)(file, { highWaterMark: CHUNK })) {
    const out = await decoded(source, compression);
    try {
        for await (const chunk of out) {
            yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        }
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y || err.code === 'ENOENT')
            throw err;
        throw new errors/* UserError */.y(`archive is corrupt (${compression}: ${err.message ?? String(err)})`);
    }
    finally {
        source.destroy();
        out.destroy();
    }
}
async function decoded(source, compression) {
    switch (compression) {
        case 'none':
            return source;
        case 'gzip':
            return piped(source, external_node_zlib_.createGunzip({ chunkSize: CHUNK }));
        case 'zstd': {
            const native = external_node_zlib_.createZstdDecompress;
            return piped(source, native ? native({ chunkSize: CHUNK }) : await fzstdTransform());
        }
        case 'bzip2':
            // Pulled block by block by the consumer (see bunzip2.ts for why not unbzip2-stream's stream).
            return external_node_stream_.Readable.from(bunzip2(source), { objectMode: false, highWaterMark: 1 });
        case 'xz': {
            const { XzReadableStream } = await __webpack_require__.e(/* import() */ 642).then(__webpack_require__.t.bind(__webpack_require__, 6642, 23));
            const web = external_node_stream_.Readable.toWeb(source);
            return external_node_stream_.Readable.fromWeb(new XzReadableStream(web), { highWaterMark: 1 });
        }
    }
}
/** `source` through `decoder`; an error on either side ends `decoder` with it. */
function piped(source, decoder) {
    (0,external_node_stream_.pipeline)(source, decoder, () => { });
    return decoder;
}
async function fzstdTransform() {
    const { Decompress } = await __webpack_require__.e(/* import() */ 339).then(__webpack_require__.bind(__webpack_require__, 8339));
    let push;
    const d = new Decompress((data) => push?.(data));
    return new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            push = (b) => this.push(Buffer.from(b));
            try {
                d.push(chunk);
                done();
            }
            catch (err) {
                done(err);
            }
        },
        flush(done) {
            push = (b) => this.push(Buffer.from(b));
            try {
                d.push(new Uint8Array(0), true);
                done();
            }
            catch (err) {
                done(err);
            }
        },
    });
}


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ checkRelative),
/* harmony export */   Kn: () => (/* binding */ packTarGz),
/* harmony export */   RC: () => (/* binding */ UnsafeEntry),
/* harmony export */   We: () => (/* binding */ Target),
/* harmony export */   cy: () => (/* binding */ createLinks),
/* harmony export */   extractTarGz: () => (/* binding */ extractTarGz),
/* harmony export */   jO: () => (/* binding */ mib),
/* harmony export */   jX: () => (/* binding */ isRoot),
/* harmony export */   lS: () => (/* binding */ expansionLimit),
/* harmony export */   nN: () => (/* binding */ extractTar),
/* harmony export */   tA: () => (/* binding */ linkStaysInside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9541);
/* harmony import */ var _decompress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8126);
/**
 * A small streaming tar.gz writer and tar reader (any compression of decompress.ts). Written here rather than spawning
 * `tar` so extraction can refuse, entry by entry, anything that would land outside the target
 * folder (absolute paths, `..`, links pointing out, devices), on every OS, with one error message.
 * Neither direction ever holds a whole file in memory.
 */









const BLOCK = 512;
const CHUNK = 256 * 1024;
/** Writes a .tar.gz of the entries to `out`; returns the archive's sha256 and size. */
async function packTarGz(entries, out, opts = {}) {
    const mtime = Math.floor((opts.mtime ?? new Date()).getTime() / 1000);
    const dirs = new Set();
    async function* blocks() {
        for (const entry of entries) {
            const name = checkRelative(entry.name);
            // Parent folders first, as tar does, so any extractor recreates them with sane modes.
            const parts = name.split('/');
            for (let i = 1; i < parts.length; i++) {
                const d = parts.slice(0, i).join('/') + '/';
                if (dirs.has(d))
                    continue;
                dirs.add(d);
                yield* header(d, { mode: 0o755, size: 0, mtime, type: '5' });
            }
            if (entry.file !== undefined) {
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(entry.file);
                if (!st.isFile())
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${entry.file}: not a regular file`);
                yield* header(name, { mode: entry.mode ?? st.mode & 0o777, size: st.size, mtime, type: '0' });
                let sent = 0;
                for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(entry.file, { highWaterMark: CHUNK })) {
                    sent += chunk.length;
                    yield chunk;
                }
                if (sent !== st.size)
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${entry.file}: changed while being packed`);
                if (st.size % BLOCK)
                    yield Buffer.alloc(BLOCK - (st.size % BLOCK));
            }
            else {
                const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '', 'utf8');
                yield* header(name, { mode: entry.mode ?? 0o644, size: data.length, mtime, type: '0' });
                yield data;
                if (data.length % BLOCK)
                    yield Buffer.alloc(BLOCK - (data.length % BLOCK));
            }
        }
        yield Buffer.alloc(BLOCK * 2);
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)('sha256');
    let size = 0;
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        },
    });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(blocks()), (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGzip)({ level: opts.level ?? 6, chunkSize: CHUNK }), tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(out));
    return { sha256: hash.digest('hex'), size };
}
function* header(name, o) {
    // Names that do not fit ustar's 100 bytes go in a PAX extended header.
    if (Buffer.byteLength(name) > 100) {
        const record = paxRecord('path', name);
        yield headerBlock('././@PaxHeader', { ...o, type: 'x', size: record.length, mode: 0o644 });
        yield record;
        if (record.length % BLOCK)
            yield Buffer.alloc(BLOCK - (record.length % BLOCK));
    }
    yield headerBlock(name, o);
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(body) + 1;
    while (String(len).length + Buffer.byteLength(body) !== len)
        len = String(len).length + Buffer.byteLength(body);
    return Buffer.from(`${len}${body}`, 'utf8');
}
function headerBlock(name, o) {
    const b = Buffer.alloc(BLOCK);
    b.write(truncateUtf8(name, 100), 0, 'utf8');
    octal(b, 100, 8, o.mode);
    octal(b, 108, 8, 0);
    octal(b, 116, 8, 0);
    octal(b, 124, 12, o.size);
    octal(b, 136, 12, o.mtime);
    b.write(o.type, 156, 'ascii');
    b.write('ustar\u000000', 257, 'binary');
    b.fill(' ', 148, 156);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += b[i];
    b.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'binary');
    return b;
}
function truncateUtf8(s, max) {
    let out = s;
    while (Buffer.byteLength(out) > max)
        out = out.slice(0, -1);
    return out;
}
function octal(b, off, len, value) {
    const text = value.toString(8);
    if (text.length > len - 1)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`tar: value ${value} too large for a ustar header`);
    b.write(text.padStart(len - 1, '0') + '\u0000', off, 'binary');
}
/**
 * The entry path, relative and inside the target, with forward slashes; throws on anything that
 * could escape it: an absolute or drive path, a `..` segment, a NUL.
 */
function checkRelative(raw) {
    if (raw.includes('\0'))
        throw new UnsafeEntry(raw, 'contains a NUL byte');
    const p = raw.replace(/\\/g, '/');
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p))
        throw new UnsafeEntry(raw, 'is an absolute path');
    const parts = p.split('/').filter((s) => s !== '' && s !== '.');
    if (parts.includes('..'))
        throw new UnsafeEntry(raw, 'contains ".."');
    if (!parts.length)
        throw new UnsafeEntry(raw, 'is empty');
    return parts.join('/');
}
function isRoot(raw) {
    return (raw
        .replace(/\\/g, '/')
        .split('/')
        .every((s) => s === '' || s === '.') && !raw.startsWith('/'));
}
function isRelativeInside(raw) {
    try {
        checkRelative(raw);
        return true;
    }
    catch {
        return false;
    }
}
/** True when a link at `entry` pointing to `target` stays inside the archive root (lexically). */
function linkStaysInside(entry, target) {
    if (!target || target.includes('\0'))
        return false;
    const t = target.replace(/\\/g, '/');
    if (t.startsWith('/') || /^[A-Za-z]:/.test(t))
        return false;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_6__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_6__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_6__.posix.dirname(entry), t));
    return joined !== '..' && !joined.startsWith('../') && !node_path__WEBPACK_IMPORTED_MODULE_6__.posix.isAbsolute(joined);
}
class UnsafeEntry extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y {
    entry;
    constructor(entry, reason, consequence = 'it would land outside the target folder') {
        super(`refusing archive entry "${entry.slice(0, 200)}": it ${reason} (${consequence})`);
        this.entry = entry;
        this.name = 'UnsafeEntry';
    }
}
/** Pulls exact byte counts out of an async chunk stream. */
class ByteReader {
    it;
    limit;
    compressedSize;
    buf = Buffer.alloc(0);
    done = false;
    total = 0;
    constructor(it, 
    /** Decompressed bytes allowed in all; past it the archive is refused as a bomb. */
    limit, compressedSize) {
        this.it = it;
        this.limit = limit;
        this.compressedSize = compressedSize;
    }
    async fill() {
        if (this.done)
            return false;
        const next = await this.it.next();
        if (next.done) {
            this.done = true;
            return false;
        }
        this.total += next.value.length;
        if (this.total > this.limit) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`archive expands past ${mib(this.limit)} (over ${Math.floor(this.limit / Math.max(1, this.compressedSize))}x its ${mib(this.compressedSize)}): refusing it as a decompression bomb`);
        }
        this.buf = this.buf.length ? Buffer.concat([this.buf, next.value]) : next.value;
        return true;
    }
    /** Exactly n bytes, or fewer at the end of the stream. */
    async read(n) {
        while (this.buf.length < n && (await this.fill()))
            ;
        const out = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(out.length);
        return out;
    }
    /** n bytes as they arrive, without collecting them. */
    async *stream(n) {
        let left = n;
        while (left > 0) {
            if (!this.buf.length && !(await this.fill()))
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is truncated (unexpected end of data)');
            const take = this.buf.subarray(0, Math.min(left, this.buf.length));
            this.buf = this.buf.subarray(take.length);
            left -= take.length;
            yield take;
        }
    }
    async skip(n) {
        for await (const _ of this.stream(n))
            ;
    }
}
/**
 * A numeric header field as GNU tar reads it: octal digits (space or NUL padded), or GNU's
 * base-256 for large positive values. Anything else (a sign, a stray character, a negative
 * base-256 value) is a corrupt header, never a number guessed at: a parser that reads a
 * different size than GNU tar extracts a different archive.
 */
function parseOctal(b, off, len) {
    if (b[off] === 0x80) {
        let v = 0;
        for (let i = off + 1; i < off + len; i++)
            v = v * 256 + b[i];
        if (!Number.isSafeInteger(v))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (a header number is out of range)');
        return v;
    }
    if (b[off] & 0x80)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (a negative header number)');
    const s = b
        .toString('latin1', off, off + len)
        .replace(/\0.*$/s, '')
        .trim();
    if (!/^[0-7]*$/.test(s))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`archive is corrupt (header number "${s.slice(0, 20)}" is not octal)`);
    return s ? parseInt(s, 8) : 0;
}
function mib(bytes) {
    return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(bytes >= 10 << 20 ? 0 : 1)} MiB` : `${bytes} bytes`;
}
/** How far an archive may expand: 20 times its size, and never less than 64 MiB. */
function expansionLimit(compressedSize) {
    return Math.max(64 << 20, compressedSize * 20);
}
function cstring(b, off, len) {
    const end = b.indexOf(0, off);
    return b.toString('utf8', off, end >= 0 && end < off + len ? end : off + len);
}
function parsePax(data) {
    const out = {};
    let i = 0;
    while (i < data.length) {
        const sp = data.indexOf(0x20, i);
        if (sp < 0)
            break;
        const len = parseInt(data.toString('ascii', i, sp), 10);
        if (!(len > 0))
            break;
        const rec = data.toString('utf8', sp + 1, i + len - 1);
        const eq = rec.indexOf('=');
        if (eq > 0)
            out[rec.slice(0, eq)] = rec.slice(eq + 1);
        i += len;
    }
    return out;
}
/**
 * Where extracted entries go. Every path is created one component at a time from the real root,
 * and a component that already exists must be a real folder: never a link (so nothing is ever
 * written through a link, whatever order the archive's entries come in) and never a file (so a
 * file and a folder of one name is one clear error, not EISDIR). Links are created last.
 */
class Target {
    root;
    before;
    constructor(root, 
    /** Top-level names that were there before, kept when a failed extraction cleans up. */
    before) {
        this.root = root;
        this.before = before;
    }
    static async open(dest) {
        const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dest).then((names) => new Set(names), () => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dest, { recursive: true });
        return new Target(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dest), before);
    }
    /** Creates the folders of `rel` (all of it, or all but its last component) and returns its full path. */
    async folders(rel, includeLast) {
        const parts = rel.split('/');
        const upto = includeLast ? parts.length : parts.length - 1;
        let cur = this.root;
        for (let i = 0; i < upto; i++) {
            cur = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(cur, parts[i]);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(cur).catch(() => undefined);
            const here = parts.slice(0, i + 1).join('/');
            if (!st)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(cur);
            else if (st.isSymbolicLink())
                throw new UnsafeEntry(rel, `passes through the symbolic link "${here}"`);
            else if (!st.isDirectory())
                throw new UnsafeEntry(rel, `needs "${here}" to be a folder, but the archive has a file there`, 'conflicts with another entry');
        }
        return includeLast ? cur : (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(cur, parts[parts.length - 1]);
    }
    /** Makes room for a file or link at `full`: replaces a file, refuses a folder or (`noReplace`) anything. */
    async clear(rel, full, noReplace = false) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full).catch(() => undefined);
        if (!st)
            return;
        if (noReplace)
            throw new UnsafeEntry(rel, 'is a link over an existing entry');
        if (st.isDirectory())
            throw new UnsafeEntry(rel, 'is a file or link where the archive has a folder', 'conflicts with another entry');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(full);
    }
    /** A path already extracted as a regular file, reached without passing through any link. */
    async existingFile(rel, from) {
        const parts = rel.split('/');
        let cur = this.root;
        for (let i = 0; i < parts.length; i++) {
            cur = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(cur, parts[i]);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(cur).catch(() => undefined);
            const last = i === parts.length - 1;
            if (!st || st.isSymbolicLink() || (last ? !st.isFile() : !st.isDirectory())) {
                throw new UnsafeEntry(from, `is a hard link to "${rel}", which is not a file in the archive`);
            }
        }
        return cur;
    }
    /** The real location of a link must be inside the root (checked once every link exists). */
    async checkLink(rel, target) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(this.root, rel)).catch(() => undefined);
        if (!real || (real !== this.root && !real.startsWith(this.root + node_path__WEBPACK_IMPORTED_MODULE_6__.sep))) {
            throw new UnsafeEntry(rel, `is a symbolic link to "${target}", which ${real ? 'resolves outside the target' : 'points at nothing in the archive'}`);
        }
    }
    /** After a failure: removes everything this extraction created (links are removed, never followed). */
    async discard() {
        if (!this.before) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.root, { recursive: true, force: true });
            return;
        }
        for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.root).catch(() => [])) {
            if (!this.before.has(name))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(this.root, name), { recursive: true, force: true });
        }
    }
}
/**
 * Extracts a .tar.gz into `dest` (created if needed; should be empty). Links are created last,
 * after every file, and only when they resolve inside `dest`; no path is ever created through a
 * link. On any failure, everything the extraction created is removed.
 */
async function extractTarGz(archive, dest, opts = {}) {
    return extractTar(archive, dest, { ...opts, compression: 'gzip' });
}
/** extractTarGz for a tar in any compression: the same rules, the same bomb limit on decompressed bytes. */
async function extractTar(archive, dest, opts) {
    const compressed = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(archive)).size;
    const target = await Target.open(dest);
    const chunks = (0,_decompress_js__WEBPACK_IMPORTED_MODULE_7__/* .decompressed */ .j)(archive, opts.compression);
    const reader = new ByteReader(chunks, opts.maxBytes ?? expansionLimit(compressed), compressed);
    const result = { files: [], sha256: new Map() };
    try {
        const links = await extractEntries(reader, target, result);
        await createLinks(links, target, result);
    }
    catch (err) {
        await target.discard();
        throw err;
    }
    finally {
        await chunks.return(undefined);
    }
    return result;
}
/** Reads every entry: folders and files are written at once, links are collected for later. */
async function extractEntries(reader, target, result) {
    const links = [];
    let pax = {};
    let longName;
    let longLink;
    for (;;) {
        const h = await reader.read(BLOCK);
        if (h.length === 0)
            break; // no end-of-archive marker: accept, as tar does
        if (h.length < BLOCK)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is truncated (partial header)');
        if (h.every((x) => x === 0))
            break;
        const stored = parseOctal(h, 148, 8);
        let sum = 0;
        for (let i = 0; i < BLOCK; i++)
            sum += i >= 148 && i < 156 ? 0x20 : h[i];
        if (stored !== sum)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (bad tar header checksum)');
        const type = String.fromCharCode(h[156] || 0x30);
        const size = parseOctal(h, 124, 12);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
            if (size > 1 << 20)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is corrupt (oversized extended header)');
            const data = await reader.read(padded);
            if (data.length < padded)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('archive is truncated');
            const body = data.subarray(0, size);
            if (type === 'x')
                pax = { ...pax, ...parsePax(body) };
            else if (type === 'L')
                longName = cstring(body, 0, body.length);
            else if (type === 'K')
                longLink = cstring(body, 0, body.length);
            continue; // 'g' (global) carries nothing we use
        }
        // Only POSIX ustar ("ustar\0" "00") has a name prefix at 345; GNU's "ustar  \0" keeps
        // access and change times there (tar -G), which must never become part of a path.
        const posix = h.toString('latin1', 257, 265) === 'ustar\u000000';
        const prefix = posix ? cstring(h, 345, 155) : '';
        const rawName = pax.path ?? longName ?? (prefix ? `${prefix}/${cstring(h, 0, 100)}` : cstring(h, 0, 100));
        const linkName = pax.linkpath ?? longLink ?? cstring(h, 157, 100);
        const mode = parseOctal(h, 100, 8);
        pax = {};
        longName = longLink = undefined;
        if (type === 'V') {
            await reader.skip(padded); // a GNU volume label names the archive, not an entry
            continue;
        }
        if ((type === '5' || type === 'D') && isRoot(rawName)) {
            await reader.skip(padded); // `./` itself, as `tar -C dir .` writes
            continue;
        }
        const rel = checkRelative(rawName);
        if (type === '5' || type === 'D') {
            // 'D' is GNU's incremental folder: a folder whose data lists its contents.
            await target.folders(rel, true);
            await reader.skip(padded);
        }
        else if (type === '0' || type === '7') {
            const full = await target.folders(rel, false);
            await target.clear(rel, full);
            // 'wx' is O_CREAT|O_EXCL: it never follows a link at the last component either.
            const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(full, 'wx', (mode & 0o755) | 0o600);
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)('sha256');
            try {
                for await (const chunk of reader.stream(size)) {
                    hash.update(chunk);
                    await fh.write(chunk);
                }
            }
            finally {
                await fh.close();
            }
            result.sha256.set(rel, hash.digest('hex'));
            await reader.skip(padded - size);
            result.files.push(rel);
        }
        else if (type === '2' || type === '1') {
            const ok = type === '2' ? linkStaysInside(rel, linkName) : isRelativeInside(linkName);
            if (!ok)
                throw new UnsafeEntry(rawName, `is a ${type === '2' ? 'symbolic' : 'hard'} link to "${linkName}"`);
            links.push({ kind: type === '2' ? 'symlink' : 'hardlink', path: rel, target: linkName });
            await reader.skip(padded);
        }
        else {
            throw new UnsafeEntry(rawName, `is a special file (tar type "${type}")`, 'only files, folders and links are extracted');
        }
    }
    return links;
}
/** Hard links first (they name files), then symlinks, then where each symlink really goes. */
async function createLinks(links, target, result) {
    for (const l of links.filter((x) => x.kind === 'hardlink')) {
        const to = checkRelative(l.target);
        const existing = await target.existingFile(to, l.path);
        const full = await target.folders(l.path, false);
        await target.clear(l.path, full);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(existing, full);
        const targetSum = result.sha256.get(to);
        if (targetSum)
            result.sha256.set(l.path, targetSum);
        else
            result.sha256.delete(l.path);
        result.files.push(l.path);
    }
    const symlinks = links.filter((x) => x.kind === 'symlink');
    for (const l of symlinks) {
        // Created one by one, each refusing a parent that is a link: a later link can never be
        // placed through an earlier one, so no link is ever created outside the root.
        const full = await target.folders(l.path, false);
        await target.clear(l.path, full, true);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(l.target, full);
    }
    for (const l of symlinks)
        await target.checkLink(l.path, l.target);
}


/***/ })

};

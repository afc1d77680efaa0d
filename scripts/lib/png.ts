// Just enough PNG for the Teams icons: read the size, decode 8-bit non-interlaced images to RGBA
// and encode RGBA, using only node:zlib — so the build can check icons without an image library.
import { deflateSync, inflateSync } from 'node:zlib';
import { crc32 } from './crc32.js';

export interface RgbaImage {
  width: number;
  height: number;
  /** Row-major RGBA, 4 bytes per pixel, not premultiplied. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Colour types we can decode, with their channels per pixel. Palettes and 16-bit depths are refused. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

interface Chunk {
  type: string;
  data: Buffer;
}

/** Width and height from the IHDR chunk; throws a readable error if the bytes are not a PNG. */
export function readPngSize(png: Buffer): { width: number; height: number } {
  const header = readHeader(png);
  return { width: header.width, height: header.height };
}

export function decodePng(png: Buffer): RgbaImage {
  const header = readHeader(png);
  const channels = CHANNELS[header.colourType];
  if (header.bitDepth !== 8 || channels === undefined) {
    throw new Error(`PNG colour type ${header.colourType} with bit depth ${header.bitDepth} is not supported (need 8-bit grey, RGB or RGBA)`);
  }
  if (header.interlace !== 0) throw new Error('interlaced PNGs are not supported');

  const compressed = Buffer.concat(readChunks(png).filter((c) => c.type === 'IDAT').map((c) => c.data));
  const raw = inflateSync(compressed);
  const stride = header.width * channels;
  if (raw.length < header.height * (stride + 1)) throw new Error('PNG image data is shorter than its header says');

  const unfiltered = unfilter(raw, header.height, stride, channels);
  const pixels = new Uint8Array(header.width * header.height * 4);
  for (let i = 0, p = 0; i < unfiltered.length; i += channels, p += 4) {
    const [r, g, b, a] = toRgba(unfiltered, i, channels);
    pixels[p] = r;
    pixels[p + 1] = g;
    pixels[p + 2] = b;
    pixels[p + 3] = a;
  }
  return { width: header.width, height: header.height, pixels };
}

/** Encodes RGBA as an 8-bit, non-interlaced PNG (filter 0 on every row: icons are tiny). */
export function encodePng(image: RgbaImage): Buffer {
  const stride = image.width * 4;
  if (image.pixels.length !== stride * image.height) throw new Error('pixel buffer does not match width × height × 4');
  const raw = Buffer.alloc((stride + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(image.pixels.buffer, image.pixels.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(image.width, 0);
  ihdr.writeUInt32BE(image.height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function readHeader(png: Buffer) {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file (signature missing)');
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG does not start with an IHDR chunk');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png.readUInt8(24),
    colourType: png.readUInt8(25),
    interlace: png.readUInt8(28),
  };
}

function readChunks(png: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error(`PNG chunk ${type} runs past the end of the file`);
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    if (type === 'IEND') break;
    offset = end;
  }
  return chunks;
}

function unfilter(raw: Buffer, height: number, stride: number, bytesPerPixel: number): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[src + x] ?? 0;
      const left = x >= bytesPerPixel ? (out[row + x - bytesPerPixel] ?? 0) : 0;
      const up = y > 0 ? (out[prev + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? (out[prev + x - bytesPerPixel] ?? 0) : 0;
      out[row + x] = (value + predictor(filter, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predictor(filter: number | undefined, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - upLeft);
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new Error(`unknown PNG row filter ${String(filter)}`);
  }
}

function toRgba(data: Uint8Array, i: number, channels: number): [number, number, number, number] {
  const c0 = data[i] ?? 0;
  switch (channels) {
    case 1:
      return [c0, c0, c0, 255];
    case 2:
      return [c0, c0, c0, data[i + 1] ?? 0];
    case 3:
      return [c0, data[i + 1] ?? 0, data[i + 2] ?? 0, 255];
    default:
      return [c0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

#!/usr/bin/env node
// Draws the toolbar and store icons (icons/icon-<size>.png) from signed-distance shapes, so they can be regenerated
// without an image editor: a face inside a scanner's corner brackets, struck through. Not shipped; run by hand:
//   node tests/tools/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = [16, 32, 48, 96, 128];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// shapes in a unit square [0,1]^2; sdf < 0 inside
const roundBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r, qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const segment = (x, y, ax, ay, bx, by, r) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - r;
};
const bracket = (x, y, cx, cy, sx, sy, len, w) =>
  Math.min(segment(x, y, cx, cy, cx + sx * len, cy, w), segment(x, y, cx, cy, cx, cy + sy * len, w));

const BG = [31, 58, 95];
const FG = [255, 255, 255];
const SLASH = [255, 107, 91];

function layers(x, y, s) {
  const w = s <= 16 ? 0.045 : 0.035; // thicker strokes for the smallest size
  const out = [];
  out.push([roundBox(x, y, 0.5, 0.5, 0.5, 0.5, 0.2), BG]);
  const b = Math.min(
    bracket(x, y, 0.2, 0.2, 1, 1, 0.17, w), bracket(x, y, 0.8, 0.2, -1, 1, 0.17, w),
    bracket(x, y, 0.2, 0.8, 1, -1, 0.17, w), bracket(x, y, 0.8, 0.8, -1, -1, 0.17, w));
  out.push([b, FG]);
  const head = circle(x, y, 0.5, 0.44, 0.13);
  const shoulders = Math.max(circle(x, y, 0.5, 0.86, 0.24), y - 0.74);
  out.push([Math.min(head, shoulders), FG]);
  out.push([segment(x, y, 0.22, 0.78, 0.78, 0.22, w * 1.25 + 0.02), BG]);
  out.push([segment(x, y, 0.22, 0.78, 0.78, 0.22, w * 1.25), SLASH]);
  return out;
}

function render(size) {
  const buf = Buffer.alloc(size * size * 4);
  const ss = 4; // supersampling per axis
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, bl = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size, y = (py + (sy + 0.5) / ss) / size;
          let c = [0, 0, 0], alpha = 0;
          for (const [d, col] of layers(x, y, size)) {
            if (d < 0) { c = col; alpha = 1; }
          }
          r += c[0] * alpha; g += c[1] * alpha; bl += c[2] * alpha; a += alpha;
        }
      }
      const n = ss * ss, i = (py * size + px) * 4;
      buf[i] = a ? Math.round(r / a) : 0;
      buf[i + 1] = a ? Math.round(g / a) : 0;
      buf[i + 2] = a ? Math.round(bl / a) : 0;
      buf[i + 3] = Math.round((a / n) * 255);
    }
  }
  return png(size, buf);
}

mkdirSync(join(root, 'icons'), { recursive: true });
for (const s of SIZES) {
  const file = join(root, 'icons', `icon-${s}.png`);
  writeFileSync(file, render(s));
  console.log('wrote', file);
}

// Generates the PWA icons in public/icons without any dependencies (zlib + hand-rolled PNG).
// Run: npm exec -- node apps/console/scripts/generate-icons.mjs   (from the repo root)
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
mkdirSync(outDir, { recursive: true });

const ACCENT = [15, 118, 110]; // #0f766e
const WHITE = [255, 255, 255];

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage (0..1) of the shape at unit coords u,v in [0,1]. */
function shape(u, v, { maskable }) {
  // Background: rounded square (or full bleed for maskable icons).
  const inset = maskable ? 0 : 0.04;
  const radius = maskable ? 0 : 0.22;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - inset - radius), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - inset - radius), 0);
  const inBg = Math.hypot(dx, dy) <= radius;
  if (!inBg) return null;
  // Foreground: a "beacon" — a dot with two signal arcs above it, scaled into the safe zone.
  const scale = maskable ? 0.62 : 0.8;
  const x = (u - 0.5) / scale;
  const y = (v - 0.5) / scale;
  const cx = 0, cy = 0.16;
  const d = Math.hypot(x - cx, y - cy);
  const angle = Math.atan2(y - cy, x - cx); // up is negative y
  const inArcSpan = angle < -Math.PI * 0.22 && angle > -Math.PI * 0.78;
  const dot = d <= 0.085;
  const arc1 = inArcSpan && d >= 0.19 && d <= 0.26;
  const arc2 = inArcSpan && d >= 0.34 && d <= 0.41;
  return dot || arc1 || arc2 ? 'fg' : 'bg';
}

function render(size, opts) {
  const SS = 4;
  return png(size, (x, y) => {
    let bg = 0, fg = 0;
    for (let i = 0; i < SS; i++) for (let j = 0; j < SS; j++) {
      const s = shape((x + (i + 0.5) / SS) / size, (y + (j + 0.5) / SS) / size, opts);
      if (s === 'bg') bg++;
      else if (s === 'fg') fg++;
    }
    const total = SS * SS;
    const cover = (bg + fg) / total;
    if (cover === 0) return [0, 0, 0, 0];
    const t = fg / (bg + fg);
    const mix = (i) => Math.round(ACCENT[i] * (1 - t) + WHITE[i] * t);
    return [mix(0), mix(1), mix(2), Math.round(cover * 255)];
  });
}

for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  writeFileSync(join(outDir, name), render(size, { maskable }));
  console.log('wrote', name);
}

/**
 * The QR encoder, registered by the kiosk's chunk (src/features/kiosk/kiosk-layer.tsx), which
 * imports it statically: a QR code is then drawn in the same frame as its room or card. A visitor's
 * phone never shows one, and never downloads the encoder.
 */

/** A QR code's modules: `dark(x, y)` for 0 ≤ x, y < size. */
export interface QrMatrix {
  size: number;
  dark: (x: number, y: number) => boolean;
}

export type QrEncoder = (value: string) => QrMatrix;

/** The light margin around the modules that a reader needs (the standard asks four). */
const QUIET_ZONE = 4;

let encoder: QrEncoder | undefined;
const listeners = new Set<() => void>();

export function registerQrEncoder(encode: QrEncoder): void {
  encoder = encode;
  listeners.forEach((listener) => listener());
}

export function getQrEncoder(): QrEncoder | undefined {
  return encoder;
}

export function subscribeQrEncoder(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The SVG path of a QR code's dark modules, and its side in modules (quiet zone included). */
export function qrPath(encode: QrEncoder, value: string): { d: string; side: number } {
  const { size, dark } = encode(value);
  let d = '';
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if (dark(x, y)) d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
  return { d, side: size + 2 * QUIET_ZONE };
}

import { create } from 'qrcode';
import { describe, expect, it, vi } from 'vitest';
import { getQrEncoder, qrPath, registerQrEncoder, subscribeQrEncoder, type QrEncoder } from './qr';

const encode: QrEncoder = (value) => {
  const { modules } = create(value, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => Boolean(modules.get(y, x)) };
};

describe('qr', () => {
  it('draws one square per dark module, inside a quiet zone of four', () => {
    const value = 'https://expo.example.org/fr/travail/';
    const { size, dark } = encode(value);
    const { d, side } = qrPath(encode, value);
    expect(side).toBe(size + 8);
    let darkCount = 0;
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) darkCount += dark(x, y) ? 1 : 0;
    expect(d.match(/M/g)).toHaveLength(darkCount);
    // The top-left finder pattern's corner is the first module drawn.
    expect(d.startsWith('M4 4h1v1h-1z')).toBe(true);
  });

  it('tells its subscribers when the encoder arrives', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeQrEncoder(listener);
    registerQrEncoder(encode);
    expect(listener).toHaveBeenCalledOnce();
    expect(getQrEncoder()).toBe(encode);
    unsubscribe();
    registerQrEncoder(encode);
    expect(listener).toHaveBeenCalledOnce();
  });
});

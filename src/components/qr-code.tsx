import { useMemo, useSyncExternalStore } from 'react';
import { getQrEncoder, qrPath, subscribeQrEncoder } from '@/lib/qr';

/**
 * A QR code drawn as SVG from its modules (no HTML injected, no image URL): crisp at any size.
 * Drawn in the same render as its page when the kiosk has registered the encoder (src/lib/qr.ts);
 * until then (the kiosk's code still on its way after a reload) a blank square keeps its place.
 */
export function QrCode({ value, label, size = 176 }: { value: string; label: string; size?: number }) {
  const encode = useSyncExternalStore(subscribeQrEncoder, getQrEncoder, () => undefined);
  const path = useMemo(() => (encode ? qrPath(encode, value) : undefined), [encode, value]);
  const side = path?.side ?? 33;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      data-value={value}
    >
      <rect width="100%" height="100%" fill="#fff" />
      {path && <path d={path.d} fill="#000" />}
    </svg>
  );
}

import { useEffect, useState } from 'react';

/** A QR code drawn as SVG from its modules (no HTML injected, no image URL): crisp at any size. */
export function QrCode({ value, label, size = 176 }: { value: string; label: string; size?: number }) {
  const [path, setPath] = useState<{ d: string; modules: number } | null>(null);
  useEffect(() => {
    let live = true;
    // Loaded on demand: only the kiosk shows QR codes.
    void import('qrcode').then(({ create }) => {
      const { modules } = create(value, { errorCorrectionLevel: 'M' });
      let d = '';
      for (let y = 0; y < modules.size; y++)
        for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
      if (live) setPath({ d, modules: modules.size + 8 });
    });
    return () => {
      live = false;
    };
  }, [value]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${path?.modules ?? 33} ${path?.modules ?? 33}`}
      shapeRendering="crispEdges"
      data-value={value}
    >
      <rect width="100%" height="100%" fill="#fff" />
      {path && <path d={path.d} fill="#000" />}
    </svg>
  );
}

/** The collection's sign (a bookmark, filled when kept): on the Keep button, the kept bubbles' mark and the header link. */
export function KeepIcon({ filled = false, size = 20 }: { filled?: boolean; size?: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width={size} height={size} className="keep-icon">
      <path d="M6.5 3.5h11v17l-5.5-4-5.5 4z" fill={filled ? 'currentColor' : 'none'} />
    </svg>
  );
}

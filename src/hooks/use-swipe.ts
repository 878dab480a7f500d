import { useRef, type PointerEvent } from 'react';
import { SWIPE } from '@/config/shortcuts';

/**
 * Horizontal swipes on touch screens only (a mouse drag selects text). Returns pointer handlers
 * to spread on the swiped element. `onSwipe` gets the direction the finger moved.
 */
export function useSwipe(onSwipe: (direction: 'left' | 'right') => void) {
  const start = useRef<{ x: number; y: number; time: number } | null>(null);
  return {
    onPointerDown: (event: PointerEvent) => {
      start.current =
        event.pointerType === 'touch' ? { x: event.clientX, y: event.clientY, time: event.timeStamp } : null;
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) < SWIPE.minDistance || Math.abs(dx) < SWIPE.minRatio * Math.abs(dy)) return;
      if (event.timeStamp - from.time > SWIPE.maxDurationMs) return;
      onSwipe(dx < 0 ? 'left' : 'right');
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}

import { HallPage } from '@/features/hall/hall-page';

/** `/:lang/` — the entrance hall. */
export function HallRoute() {
  return <HallPage />;
}

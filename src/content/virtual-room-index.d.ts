// The rooms without their quotes, served by vite.config.ts (see src/content/room-index.ts).
declare module 'virtual:room-index' {
  import type { RoomSummary } from './types';
  const index: RoomSummary[];
  export default index;
}

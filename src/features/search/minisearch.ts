// MiniSearch on its own, loaded on demand (search-index.ts imports this file dynamically): its
// chunk is then named after this file, and stays out of the main bundle.
export { default } from 'minisearch';

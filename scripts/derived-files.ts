// Writes or checks data/derived/ (src/content/derived.ts): for `npm run content:check`,
// `npm run content:derive` and the build (vite.config.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DERIVED_DIR, RoomFileSchema, RoomSummarySchema } from '../src/content/derived.ts';

/**
 * The derived files of data/ that are missing or differ from `files` (each checked against its
 * schema too): written when `write`, listed otherwise.
 */
export function syncDerived(dataDir: string, files: Map<string, string>, { write }: { write: boolean }): string[] {
  const stale: string[] = [];
  for (const [path, text] of files) {
    const file = join(dataDir, DERIVED_DIR, path);
    const schema = path === 'rooms.json' ? z.array(RoomSummarySchema) : RoomFileSchema;
    schema.parse(JSON.parse(text));
    let current: string | undefined;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    stale.push(`data/${DERIVED_DIR}/${path}`);
    if (write) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return stale;
}

/**
 * Before any browser: the machine's speech service (speech-dispatcher, which the kiosk's Chromium
 * uses for its voices), kept up until the suite ends.
 *
 * Left to the browsers, each Chromium started with `--enable-speech-dispatcher` starts the service
 * on its first ask. When two of them do it at once (the kiosk project's two workers), one of the
 * two often keeps an empty voice list for the rest of its life: three times in five, two browsers
 * side by side on this machine, and the staff screen's first test in four CI runs of six. With the
 * service already up, ten browsers in five such pairs all had their voices.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup() {
  // Where one already runs, or the service is not installed, the browsers use what there is.
  const running = spawnSync('pgrep', ['--full', '^(\\S*/)?speech-dispatcher '], { stdio: 'ignore' });
  if (running.status === 0) return undefined;
  const pidFile = join(tmpdir(), `e2e-speech-dispatcher-${process.pid}.pid`);
  // A daemon (it forks and returns) that never shuts itself down (-t 0).
  const started = spawnSync('speech-dispatcher', ['--run-daemon', '--timeout', '0', '--pid-file', pidFile], {
    stdio: 'ignore',
  });
  if (started.status !== 0) return undefined;
  // Ready when it answers: the voice list a browser will ask for.
  spawnSync('spd-say', ['--list-synthesis-voices'], { stdio: 'ignore', timeout: 30_000 });
  return () => {
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8')));
      rmSync(pidFile);
    } catch {
      // Already ended.
    }
  };
}

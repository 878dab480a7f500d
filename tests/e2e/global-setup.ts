/**
 * Before any browser: the machine's speech service (speech-dispatcher, the kiosk's Chromium's
 * voices), kept up until the suite ends. Left to the browsers, each starts it on its first ask, and
 * when two do so at once (the kiosk project's two workers) one of them can keep an empty voice list
 * for good (CHANGELOG, 7 December).
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

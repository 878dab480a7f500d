/**
 * A kiosk's clock: its opening hours (outside them, a dim clock screen) and its nightly reload.
 * Pure functions of a time of day, in the kiosk machine's local time, tested without a browser.
 */

/** Minutes since midnight, 0–1439. */
export type DayMinute = number;

/** When the exhibition is open: from `open` to `close` (a `close` before `open` runs past midnight). */
export interface OpeningHours {
  open: DayMinute;
  close: DayMinute;
}

const TIME = /^(\d{1,2}):(\d{2})$/;

/** `HH:MM` (24-hour) as minutes since midnight, or null when it is no such time. */
export function parseDayMinute(text: string): DayMinute | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
}

/** `09:00-18:00` as opening hours, or null (malformed, or opening and closing at the same time). */
export function parseOpeningHours(text: string): OpeningHours | null {
  const [from, to, ...rest] = text.split('-');
  if (from === undefined || to === undefined || rest.length > 0) return null;
  const open = parseDayMinute(from);
  const close = parseDayMinute(to);
  return open !== null && close !== null && open !== close ? { open, close } : null;
}

/** `09:00`: how a time of day is shown, the same in every language (a 24-hour clock). */
export function formatDayMinute(minute: DayMinute): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

export function dayMinute(date: Date): DayMinute {
  return date.getHours() * 60 + date.getMinutes();
}

/** Whether the exhibition is open at `now`; always, without opening hours. */
export function isOpen(now: Date, hours: OpeningHours | null): boolean {
  if (!hours) return true;
  const minute = dayMinute(now);
  return hours.open < hours.close
    ? minute >= hours.open && minute < hours.close
    : minute >= hours.open || minute < hours.close;
}

/** The first time strictly after `from` when the clock shows `at` (local time: a clock change moves it with the wall). */
export function nextDayMinute(from: Date, at: DayMinute): Date {
  const next = new Date(from);
  next.setHours(Math.floor(at / 60), at % 60, 0, 0);
  if (next.getTime() <= from.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

/**
 * Whether the nightly reload is to happen now: its time (`due`, fixed at the page's load) has
 * come, and nobody is using the screen (the attract loop, or the clock screen outside opening
 * hours). A visit at that hour is never cut: the reload waits for the attract loop, which comes
 * back only by a reset, itself a reload.
 */
export function nightlyReloadDue(now: Date, due: Date | null, unattended: boolean): boolean {
  return due !== null && unattended && now.getTime() >= due.getTime();
}

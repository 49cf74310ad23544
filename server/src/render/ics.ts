/**
 * Task deadlines as an iCalendar file (RFC 5545), so a drafter or a unit can put the plan's
 * deadlines in their calendar: one all-day event per task whose last day can be computed.
 *
 * The event falls on the effective last day, not on the date as written: "trước 01/6/2023" means the
 * work is due on 31/5/2023. Output is CRLF-terminated, folded at 75 octets and escaped; the UID of
 * an event is derived from the plan and the task, so importing a rebuilt file updates the events
 * instead of duplicating them. The caller passes "now" for DTSTAMP: rendering never reads the clock.
 */
import { withoutUnprintable } from '../base/characters';
import { addDays, type CivilDate, isSupportedYear } from '../base/civil-date';
import type { WorkingCalendar } from '../deadline/calendar';
import type { PlanFile, TaskDecl } from '../model/ast';
import { fieldOf } from '../model/walk';
import type { Workspace } from '../model/workspace';
import { PlanText } from './resolve';

export interface IcsOptions {
  calendar: WorkingCalendar;
  /** DTSTAMP of every event: when the file was made. */
  now: Date;
}

/**
 * TEXT values: backslash, semicolon and comma are escaped, line breaks become "\n", and the
 * controls RFC 5545 forbids in TEXT (with the other characters XML rejects) are left out.
 */
export function escapeIcsText(text: string): string {
  return withoutUnprintable(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Splits a content line into lines of at most 75 octets, each continuation starting with one space;
 * a UTF-8 sequence (every Vietnamese letter with a diacritic is one) is never cut.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const code = line.codePointAt(i)!;
    const units = code > 0xffff ? 2 : 1;
    // The octets UTF-8 spends on the character (a lone surrogate is written as U+FFFD, three).
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function icsDate(date: CivilDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

function icsTimestamp(time: Date): string {
  return `${pad(time.getUTCFullYear(), 4)}${pad(time.getUTCMonth() + 1)}${pad(time.getUTCDate())}T${pad(time.getUTCHours())}${pad(time.getUTCMinutes())}${pad(time.getUTCSeconds())}Z`;
}

/** FNV-1a, twice with different offsets: a short stable digest without a crypto dependency. */
function digest(text: string): string {
  const bytes = encoder.encode(text);
  const hash = (offset: number): string => {
    let h = offset;
    for (const byte of bytes) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return hash(0x811c9dc5) + hash(0x050c5d1f);
}

/**
 * What identifies a plan across builds, so calendars update their events instead of doubling them:
 * the issuing agency, the symbol of its number without the serial (a draft's "/KH-SCT" gets its
 * serial only at signing), the year of its date and the file's name. The title is left out, since
 * drafters reword it until the last day.
 */
function planKey(file: PlanFile): string {
  const header = file.header;
  const value = (key: 'agency' | 'number' | 'date') => (header ? fieldOf(header, key)?.value.text : undefined) ?? '';
  const symbol = value('number').replace(/^[^/]*\//, '');
  const year = /(\d{4})\s*$/.exec(value('date'))?.[1] ?? '';
  const name = file.uri.slice(file.uri.lastIndexOf('/') + 1);
  return [value('agency'), symbol, year, name].join('|');
}

function property(name: string, value: string): string {
  return foldIcsLine(`${name}:${value}`);
}

function event(text: PlanText, task: TaskDecl, last: CivilDate, key: string, options: IcsOptions): string[] {
  const deadline = text.deadlineOf(task).words;
  const lead = text.unitList(task, 'lead');
  const helpers = text.unitList(task, 'helpers');
  const receiver = text.unitList(task, 'receiver');
  const deliverable = fieldOf(task, 'deliverable')?.value.text;
  const description = [
    lead && `Chủ trì: ${lead}`,
    helpers && `Phối hợp: ${helpers}`,
    receiver && `Gửi: ${receiver}`,
    deliverable && `Sản phẩm: ${deliverable}`,
    deadline && `Thời hạn: ${deadline}`,
  ].filter((line): line is string => Boolean(line));
  const after = addDays(last, 1);
  return [
    'BEGIN:VEVENT',
    property('UID', `${task.id}-${digest(key)}@kehoach`),
    property('DTSTAMP', icsTimestamp(options.now)),
    property('DTSTART;VALUE=DATE', icsDate(last)),
    // DTEND of an all-day event is exclusive: the day after. After 31/12/9999 there is no such DATE,
    // and without DTEND an all-day event lasts one day (RFC 5545 §3.6.1), which is the same.
    ...(isSupportedYear(after.year) ? [property('DTEND;VALUE=DATE', icsDate(after))] : []),
    property('SUMMARY', escapeIcsText(lead ? `${text.taskName(task)} — ${lead}` : text.taskName(task))),
    property('DESCRIPTION', escapeIcsText(description.join('\n'))),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function renderIcs(workspace: Workspace, file: PlanFile, options: IcsOptions): string {
  const text = new PlanText(workspace, file);
  const key = planKey(file);
  const title = file.header ? fieldOf(file.header, 'title')?.value.text : undefined;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//kehoach//Ke hoach//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (title) lines.push(property('X-WR-CALNAME', escapeIcsText(`Kế hoạch: ${title}`)));
  for (const declaration of file.declarations) {
    // A repeated task id is reported by the checks; its first declaration is the one that counts.
    if (declaration.kind !== 'task' || text.task(declaration.id) !== declaration) continue;
    const last = text.lastDayOf(declaration, options.calendar);
    // A DATE has four digits of year; a last day beyond them is reported by the checks instead.
    if (last && isSupportedYear(last.year)) lines.push(...event(text, declaration, last, key, options));
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

import type { WeeklyHours } from '@beacon/db';

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function clock(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const suffix = h >= 12 && h < 24 ? 'PM' : 'AM';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m ? `${hour}:${String(m).padStart(2, '0')} ${suffix}` : `${hour} ${suffix}`;
}

/** "Mon-Fri 9 AM-6 PM, Sat 10 AM-4 PM" — consecutive days with the same hours grouped; closed days left
 * out. Plain hyphens: it goes into texts to patients, and an en dash would make them UCS-2. */
export function formatWeeklyHours(hours: WeeklyHours | null | undefined): string | null {
  if (!hours) return null;
  const spans = ORDER.map((day) => ({ day, text: (hours[String(day) as keyof WeeklyHours] ?? []).map((s) => `${clock(s.open)}-${clock(s.close)}`).join(', ') }));
  const groups: { from: number; to: number; text: string }[] = [];
  for (const { day, text } of spans) {
    const last = groups.at(-1);
    if (last && last.text === text && ORDER.indexOf(last.to as (typeof ORDER)[number]) === ORDER.indexOf(day) - 1) last.to = day;
    else groups.push({ from: day, to: day, text });
  }
  const open = groups.filter((g) => g.text);
  if (!open.length) return null;
  return open.map((g) => `${DAY_NAMES[g.from]}${g.from === g.to ? '' : `-${DAY_NAMES[g.to]}`} ${g.text}`).join(', ');
}

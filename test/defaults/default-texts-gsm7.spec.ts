import { DEFAULT_TEMPLATES, renderMessageTemplate, sampleMessageContext } from '@beacon/appointments';
import { DEMO_LOCATIONS, DEMO_QUICK_REPLIES } from '@beacon/db';
import { STARTER_TEMPLATES } from '@beacon/templates';
import { bulkTextValues, DEFAULT_BULK_TEMPLATES, renderBulkText, type BulkCriteria } from '@beacon/bulk';
import { autoReplyText } from '../../libs/inbox/src/keyword-replies.js';
import { REPLY_BANK } from '../../libs/suggestions/src/reply-bank.js';
import { formatWeeklyHours } from '../../libs/suggestions/src/weekly-hours.util.js';
import { countSmsSegments } from '@beacon/contracts';

/**
 * Every text we write for the clinic (appointment texts, keyword auto-replies, the template library,
 * smart-reply wording, the demo's quick replies and location names) stays in the GSM-7 alphabet:
 * one em dash, curly quote or emoji turns a whole text into UCS-2, 70 characters a segment instead
 * of 160, and a one-text reminder into two or three billed texts.
 */
const nonGsm = (text: string) => countSmsSegments(text).nonGsmCharacters;

describe('default texts are plain GSM-7', () => {
  it.each(DEMO_LOCATIONS.map((location) => ({ name: location.name, location })))('the demo location $name renders every appointment text in GSM-7', ({ location }) => {
    const ctx = sampleMessageContext({ name: location.name, phoneNumber: location.phoneNumber, timeZone: location.timeZone, rebookingUrl: 'https://glow.example/book' });
    for (const [kind, source] of Object.entries(DEFAULT_TEMPLATES)) {
      expect({ kind, nonGsm: nonGsm(renderMessageTemplate(source, ctx)) }).toEqual({ kind, nonGsm: [] });
      expect({ kind, nonGsm: nonGsm(renderMessageTemplate(source, { ...ctx, rebookingUrl: null, firstName: '' })) }).toEqual({ kind, nonGsm: [] });
    }
  });

  it('keyword auto-replies (STOP, START, HELP, promotions off)', () => {
    for (const location of DEMO_LOCATIONS) {
      for (const kind of ['opt_out_confirmation', 'marketing_opt_out_confirmation', 'opt_in_confirmation', 'help'] as const) {
        expect({ kind, nonGsm: nonGsm(autoReplyText(kind, location)) }).toEqual({ kind, nonGsm: [] });
      }
    }
  });

  it('starter templates of the library', () => {
    for (const t of STARTER_TEMPLATES) expect({ key: t.key, nonGsm: nonGsm(t.body) }).toEqual({ key: t.key, nonGsm: [] });
  });

  it('smart-reply wording and the opening hours it quotes', () => {
    for (const [intent, replies] of Object.entries(REPLY_BANK)) {
      for (const reply of replies) expect({ intent, reply, nonGsm: nonGsm(reply) }).toEqual({ intent, reply, nonGsm: [] });
    }
    for (const location of DEMO_LOCATIONS) expect(nonGsm(formatWeeklyHours(location.businessHours) ?? '')).toEqual([]);
    expect(formatWeeklyHours(DEMO_LOCATIONS[0].businessHours)).toBe('Mon-Fri 9 AM-6 PM, Sat 10 AM-3 PM');
  });

  it('bulk-send wording of every scenario, with and without a rebooking link', () => {
    const criteria: Record<keyof typeof DEFAULT_BULK_TEMPLATES, BulkCriteria> = {
      provider_running_late: { scenario: 'provider_running_late', providerName: 'Dr. Priya Lee', delayMinutes: 20 },
      provider_sick: { scenario: 'provider_sick', providerName: 'Dr. Priya Lee' },
      closure: { scenario: 'closure', reason: 'ice storm' },
      promotion: { scenario: 'promotion' },
    };
    for (const location of DEMO_LOCATIONS) {
      for (const rebookingUrl of ['https://glow.example/book', null]) {
        for (const [scenario, source] of Object.entries(DEFAULT_BULK_TEMPLATES) as [keyof typeof DEFAULT_BULK_TEMPLATES, string][]) {
          const text = renderBulkText(source, bulkTextValues({ ...location, messagingSettings: { rebookingUrl } }, criteria[scenario], { firstName: 'Alex', appointmentStartsAt: new Date('2026-12-08T16:30:00Z'), providerName: 'Dr. Priya Lee' }));
          expect({ scenario, nonGsm: nonGsm(text) }).toEqual({ scenario, nonGsm: [] });
          expect({ scenario, segments: countSmsSegments(text).segments <= 2 }).toEqual({ scenario, segments: true });
        }
      }
    }
  });

  it('the demo quick replies', () => {
    for (const q of DEMO_QUICK_REPLIES) expect({ shortcut: q.shortcut, nonGsm: nonGsm(`${q.title} ${q.body}`) }).toEqual({ shortcut: q.shortcut, nonGsm: [] });
  });
});

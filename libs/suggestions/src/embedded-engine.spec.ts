import { describe, expect, it } from '@jest/globals';
import { suggestEmbedded } from './embedded-engine.js';
import { demoContext } from './test-context.js';
import { fitIntentToThread } from './thread-fit.util.js';
import { suggestionProblems } from './validate-suggestions.util.js';

const texts = (r: { suggestions: { text: string }[] }) => r.suggestions.map((s) => s.text);

describe('embedded smart replies', () => {
  it('answers a guest request with 3–5 replies using the first name and appointment time', () => {
    const result = suggestEmbedded({ messageText: 'Can I bring my sister with me on Thursday?', intent: 'bring_guest', context: demoContext() });
    expect(result.engine).toBe('embedded');
    expect(result.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(result.suggestions.length).toBeLessThanOrEqual(5);
    expect(texts(result)[0]).toBe("Of course, Maria! You're welcome to bring a guest to your Thu, Dec 3 at 2:30 PM appointment.");
    expect(texts(result).some((t) => t.includes('Thu, Dec 3 at 2:30 PM'))).toBe(true);
  });

  it("quotes the clinic's own prices for a pricing question, and no others", () => {
    const result = suggestEmbedded({ messageText: 'how much is botox per unit?', intent: 'pricing', context: demoContext() });
    expect(texts(result)[0]).toBe('Hi Maria! Botox is $14 per unit; most forehead treatments use 20–30 units.');
    for (const s of result.suggestions) expect(suggestionProblems(s.text, demoContext())).toEqual([]);
  });

  it('never states a price when the clinic has none on file', () => {
    const context = demoContext({ snippets: [] });
    const result = suggestEmbedded({ messageText: 'how much is lip filler', intent: 'pricing', context });
    expect(result.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(texts(result).join(' ')).not.toMatch(/\$\d/);
  });

  it('skips replies whose facts are missing instead of leaving a placeholder', () => {
    const context = demoContext({ patient: { firstName: null }, nextAppointment: null, snippets: [] });
    const result = suggestEmbedded({ messageText: 'can my friend come too', intent: 'bring_guest', context });
    expect(result.suggestions.length).toBeGreaterThanOrEqual(3);
    for (const text of texts(result)) {
      expect(text).not.toMatch(/\{\{|\}\}|Dec 3|, !/);
      expect(text).not.toMatch(/^Of course,/);
    }
  });

  it('uses address and parking for directions', () => {
    const result = suggestEmbedded({ messageText: 'where do I park?', intent: 'directions_parking', context: demoContext() });
    expect(texts(result)).toContain("We're at 1200 South Congress Ave, Suite 210, Austin. Free parking in the garage behind the building; take the elevator to floor 2.");
  });

  it('moves what this clinic chooses to the top', () => {
    const request = { messageText: 'Can I bring my husband?', intent: 'bring_guest', context: demoContext() };
    const before = suggestEmbedded(request).suggestions.map((s) => s.key);
    const favourite = before[2]!;
    const after = suggestEmbedded({ ...request, feedback: { [favourite]: { shown: 10, chosen: 8 }, [before[0]!]: { shown: 10, chosen: 0 } } }).suggestions.map((s) => s.key);
    expect(after[0]).toBe(favourite);
    expect(after.indexOf(before[0]!)).toBeGreaterThan(0);
  });

  it('offers nothing to send after an opt-out', () => {
    expect(suggestEmbedded({ messageText: 'stop texting me', intent: 'opt_out', context: demoContext() }).suggestions).toEqual([]);
  });

  it('gives every intent at least three valid replies for a full context', () => {
    for (const intent of ['confirm', 'reschedule', 'cancel_appointment', 'running_late', 'book_new', 'pricing', 'directions_parking', 'hours', 'aftercare', 'pre_treatment', 'bring_guest', 'complaint', 'thanks', 'help', 'opt_in', 'other']) {
      const result = suggestEmbedded({ messageText: 'hello', intent, context: demoContext() });
      expect({ intent, count: result.suggestions.length >= 3 }).toEqual({ intent, count: true });
      for (const s of result.suggestions) expect({ intent, text: s.text, problems: suggestionProblems(s.text, demoContext()) }).toEqual({ intent, text: s.text, problems: [] });
    }
  });
});

describe('suggestion validation', () => {
  const context = demoContext();
  it('accepts stated facts and rejects invented ones', () => {
    expect(suggestionProblems('Botox is $14 per unit.', context)).toEqual([]);
    expect(suggestionProblems('See you Thu, Dec 3 at 2:30 PM!', context)).toEqual([]);
    expect(suggestionProblems('Botox is $12 per unit this week only!', context)).toEqual(['price not stated by the clinic: $12']);
    expect(suggestionProblems('Can you come at 5pm instead?', context)).toEqual(['time not stated by the clinic: 5pm']);
    expect(suggestionProblems('Could 1pm work?', demoContext({ hours: 'Sat until 11pm' }))).toEqual(['time not stated by the clinic: 1pm']);
    expect(suggestionProblems('Botox is $140 now', context)).toEqual(['price not stated by the clinic: $140']);
    expect(suggestionProblems('Take 20% off today', context)).toEqual(['percentage not stated by the clinic: 20%']);
    expect(suggestionProblems('Book at https://evil.example/deal', context)).toEqual(['link not stated by the clinic: https://evil.example/deal']);
    expect(suggestionProblems('Call (512) 555-0100 anytime', context)).toEqual([]);
    expect(suggestionProblems('Call 512-555-9999', context)).toEqual(['phone number not stated by the clinic: 512-555-9999']);
    expect(suggestionProblems('Hi {{firstName}}', context)).toEqual(['unfilled variable']);
  });

  describe('fits the thread it is for', () => {
    // The clinic's own "please confirm" texts: the library's starter and a quick reply of the kind staff save.
    const confirmSnippets = [
      { id: 'tpl-appt-confirm', kind: 'template' as const, title: 'Please confirm', category: 'Appointment management', body: 'Hi {{firstName}}, this is {{locationName}}. Please confirm your visit on {{appointmentTime}} by replying C, or R to reschedule.' },
      { id: 'qr-confirm', kind: 'quick_reply' as const, title: 'Confirm', category: 'Scheduling', body: 'Reply C to confirm your appointment on {{appointmentTime}}.' },
    ];
    const asksToConfirm = (text: string) => /confirm your|reply C/i.test(text);

    it('never offers "please confirm… reply C" to a patient asking to reschedule', () => {
      const result = suggestEmbedded({ messageText: 'Can I reschedule to next week? R', intent: 'reschedule', context: demoContext({ snippets: confirmSnippets }) });
      expect(result.suggestions.length).toBeGreaterThanOrEqual(3);
      expect(texts(result).filter(asksToConfirm)).toEqual([]);
      expect(texts(result)[0]).toBe('No problem, Maria! What days and times work best for you?');
    });

    it('never asks a patient who just confirmed to confirm', () => {
      const context = demoContext({ snippets: confirmSnippets, thread: { confirmationStatus: 'confirmed', knownSender: true } });
      const result = suggestEmbedded({ messageText: 'C', intent: 'confirm', context });
      expect(texts(result).filter(asksToConfirm)).toEqual([]);
      expect(texts(result)[0]).toBe("Thank you, Maria! You're confirmed for Thu, Dec 3 at 2:30 PM. See you then!");
    });

    it('offers the clinic\'s confirmation request only while the appointment still waits for an answer', () => {
      const waiting = suggestEmbedded({ messageText: 'how do I confirm my appointment', intent: 'other', context: demoContext({ snippets: confirmSnippets }) });
      expect(texts(waiting).some(asksToConfirm)).toBe(true);
      const confirmed = suggestEmbedded({ messageText: 'how do I confirm my appointment', intent: 'other', context: demoContext({ snippets: confirmSnippets, thread: { confirmationStatus: 'confirmed', knownSender: true } }) });
      expect(texts(confirmed).some(asksToConfirm)).toBe(false);
    });

    it('answers "hello there" from an unknown number as a greeting, not as "Confirming"', () => {
      const context = demoContext({ patient: { firstName: null }, nextAppointment: null, lastVisit: null, servicesUsed: [], snippets: confirmSnippets, thread: { confirmationStatus: null, knownSender: false } });
      const intent = fitIntentToThread('confirm', context);
      expect(intent).toBe('help');
      const result = suggestEmbedded({ messageText: 'hello there', intent, context });
      expect(texts(result)[0]).toBe('Hi! How can we help you today?');
      expect(texts(result).filter(asksToConfirm)).toEqual([]);
      // A known patient with nothing booked: a general message. With an appointment: still a confirmation.
      expect(fitIntentToThread('confirm', demoContext({ nextAppointment: null }))).toBe('other');
      expect(fitIntentToThread('confirm', demoContext())).toBe('confirm');
    });
  });
});

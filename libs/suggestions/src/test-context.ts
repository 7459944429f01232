import type { SuggestionContext } from './suggestion.types.js';

/** A realistic thread context for tests: Maria, Botox with Dr. Lee on Thursday. */
export function demoContext(overrides: Partial<SuggestionContext> = {}): SuggestionContext {
  return {
    clinicName: 'Glow Aesthetics',
    locationName: 'Glow Aesthetics Austin',
    locationPhone: '(512) 555-0100',
    patient: { firstName: 'Maria' },
    nextAppointment: { when: 'Thu, Dec 3 at 2:30 PM', providerName: 'Dr. Priya Lee', serviceName: 'Botox' },
    lastVisit: { when: 'Aug 28', serviceName: 'HydraFacial' },
    servicesUsed: ['Botox', 'HydraFacial'],
    hours: 'Mon-Fri 9 AM-6 PM, Sat 10 AM-4 PM',
    address: '1200 South Congress Ave, Suite 210, Austin',
    parking: 'Free parking in the garage behind the building; take the elevator to floor 2.',
    bookingLink: null,
    snippets: [
      { id: 'qr-botox-price', kind: 'quick_reply', title: 'Botox pricing', category: 'Pricing', body: 'Hi {{firstName}}! Botox is $14 per unit; most forehead treatments use 20–30 units.' },
      { id: 'qr-filler-price', kind: 'quick_reply', title: 'Filler pricing', category: 'Pricing', body: 'Lip filler starts at $650 per syringe.' },
      { id: 'qr-bruising', kind: 'quick_reply', title: 'Bruising after injections', category: 'Aftercare', body: 'Some bruising is normal for 3–7 days. Arnica and a cold compress help. Call {{locationPhone}} if it gets worse.' },
      { id: 'qr-late', kind: 'quick_reply', title: 'Late policy', category: 'Policies', body: 'If you are more than 15 minutes late we may need to reschedule so every patient gets their full time.' },
      { id: 'qr-needs-link', kind: 'quick_reply', title: 'Book online', category: 'Scheduling', body: 'Book online here: {{bookingLink}}' },
    ],
    thread: { confirmationStatus: 'unconfirmed', knownSender: true },
    ...overrides,
  };
}

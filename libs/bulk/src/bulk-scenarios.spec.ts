import { BulkError } from './bulk.errors.js';
import { DEFAULT_BULK_TEMPLATES, renderBulkText, validateBulkTemplate, BULK_SCENARIOS } from './bulk-scenarios.js';
import { bulkTextValues } from './bulk-text.util.js';

const location = { name: 'Glow Austin', phoneNumber: '+15125550100', timeZone: 'America/Chicago', messagingSettings: {} };

describe('bulk templates', () => {
  it('accepts every default', () => {
    for (const scenario of BULK_SCENARIOS) expect(() => validateBulkTemplate(scenario, DEFAULT_BULK_TEMPLATES[scenario])).not.toThrow();
  });

  it('refuses unknown variables, bad syntax, empty text and promotions without the opt-out line', () => {
    expect(() => validateBulkTemplate('closure', 'Hi {{diagnosis}}')).toThrow(BulkError);
    expect(() => validateBulkTemplate('closure', 'Hi {{firstName')).toThrow(/template error/);
    expect(() => validateBulkTemplate('closure', '  ')).toThrow(/empty/);
    expect(() => validateBulkTemplate('promotion', 'Hi {{firstName}}, 20% off')).toThrow(/Reply STOP to opt out/);
  });

  it('fills the delay, the local time and the rebooking link (or the clinic phone without one)', () => {
    const startsAt = new Date('2026-12-08T20:30:00Z'); // 2:30 PM in Chicago
    const late = renderBulkText(DEFAULT_BULK_TEMPLATES.provider_running_late, bulkTextValues(location, { scenario: 'provider_running_late', providerName: 'Dr. Lee', delayMinutes: 25 }, { firstName: 'Ana', appointmentStartsAt: startsAt, providerName: 'Dr. Lee' }));
    expect(late).toBe('Hi Ana, Dr. Lee is running about 25 min late today, so your 2:30 PM visit at Glow Austin may start later. Sorry for the wait!');
    const sick = (rebookingUrl: string | null) =>
      renderBulkText(DEFAULT_BULK_TEMPLATES.provider_sick, bulkTextValues({ ...location, messagingSettings: { rebookingUrl } }, { scenario: 'provider_sick', providerName: 'Dr. Lee' }, { firstName: 'Ana', appointmentStartsAt: startsAt, providerName: 'Dr. Lee' }));
    expect(sick('https://glow.example/book')).toContain('Please pick a new time: https://glow.example/book');
    expect(sick(null)).toContain('Please call (512) 555-0100 to pick a new time.');
  });
});

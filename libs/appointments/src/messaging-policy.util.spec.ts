import { DEFAULT_SCHEDULE_SETTINGS } from '@beacon/scheduling';
import { DEFAULT_TEMPLATES } from './appointment-messages.util.js';
import { resolveMessagingPolicy, resolveMessagingSettings } from './messaging-policy.util.js';

describe('resolving a location’s messaging settings', () => {
  it('fills every default for a location without settings', () => {
    const s = resolveMessagingSettings({ timeZone: 'America/Chicago', messagingSettings: {} });
    expect(s.schedule).toEqual({ ...DEFAULT_SCHEDULE_SETTINGS, timeZone: 'America/Chicago' });
    expect(s).toMatchObject({ bookingConfirmation: { online: true, staff: true }, cancellationConfirmation: true, rebookingUrl: null, customTemplates: [], problems: [] });
    expect(s.templates).toEqual(DEFAULT_TEMPLATES);
  });

  it('uses the location’s own texts, and treats a copy of the default (or a blank) as the default', () => {
    const s = resolveMessagingSettings({
      timeZone: 'America/Chicago',
      messagingSettings: { templates: { reminder: 'See you {{appointmentTime}}', confirmation_ack: DEFAULT_TEMPLATES.confirmation_ack, reschedule_ack: '  ' } },
    });
    expect(s.customTemplates).toEqual(['reminder']);
    expect(s.templates.reminder).toBe('See you {{appointmentTime}}');
    expect(s.templates.reschedule_ack).toBe(DEFAULT_TEMPLATES.reschedule_ack);
  });

  it('falls back to the default schedule, and says why, when the stored one is invalid', () => {
    const s = resolveMessagingSettings({ timeZone: 'America/Chicago', messagingSettings: { reminders: ['3d'], sendingHours: { start: '20:00', end: '08:00' } } });
    expect(s.schedule.reminders).toEqual(['7d', '2h']);
    expect(s.problems).toEqual(['Sending hours end (08:00) must be later than start (20:00) on the same day.']);
  });

  it('gives the workflow only the policy (no texts)', () => {
    const policy = resolveMessagingPolicy({ timeZone: 'America/Los_Angeles', messagingSettings: { reminders: ['3d', 'same_day_morning'], cancellationConfirmation: false, templates: { reminder: 'x' } } });
    expect(Object.keys(policy).sort()).toEqual(['bookingConfirmation', 'cancellationConfirmation', 'problems', 'schedule']);
    expect(policy.schedule.reminders).toEqual(['3d', 'same_day_morning']);
    expect(policy.cancellationConfirmation).toBe(false);
  });
});

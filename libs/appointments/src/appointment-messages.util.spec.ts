import { formatAppointmentTime, renderAppointmentMessage } from './appointment-messages.util.js';

const ctx = {
  firstName: 'Ava',
  locationName: 'Glow Aesthetics — Austin',
  locationPhone: '+15125550100',
  startsAt: new Date('2026-11-25T21:30:00Z'),
  timeZone: 'America/Chicago',
  serviceName: 'Botox',
};

describe('appointment messages', () => {
  it('shows the time in the clinic time zone', () => {
    expect(formatAppointmentTime(ctx.startsAt, 'America/Chicago')).toBe('Wed, Nov 25 at 3:30 PM');
    expect(formatAppointmentTime(ctx.startsAt, 'America/Los_Angeles')).toBe('Wed, Nov 25 at 1:30 PM');
  });

  it('writes a booking confirmation with name, time, clinic and phone', () => {
    expect(renderAppointmentMessage('booking_confirmation', ctx)).toBe(
      'Hi Ava, your appointment at Glow Aesthetics — Austin is booked for Wed, Nov 25 at 3:30 PM. Questions? Call (512) 555-0100. Reply STOP to opt out.',
    );
  });

  it('keeps the treatment out of the text', () => {
    expect(renderAppointmentMessage('booking_confirmation', ctx)).not.toContain('Botox');
  });
});

describe('confirmation conversation texts', () => {
  it('asks for C or R — never CANCEL, which is an opt-out keyword', () => {
    const text = renderAppointmentMessage('confirmation_request', ctx);
    expect(text).toBe('Hi Ava, please confirm your appointment at Glow Aesthetics — Austin on Wed, Nov 25 at 3:30 PM. Reply C to confirm or R to reschedule.');
    expect(text).not.toMatch(/cancel/i);
    expect(renderAppointmentMessage('confirmation_follow_up', ctx)).not.toMatch(/cancel/i);
  });

  it('offers the rebooking link when the location has one', () => {
    expect(renderAppointmentMessage('reschedule_ack', { ...ctx, rebookingUrl: 'https://glow.example/book' })).toBe(
      'No problem, Ava. Pick a new time here: https://glow.example/book — or call us at (512) 555-0100.',
    );
    expect(renderAppointmentMessage('reschedule_ack', ctx)).toBe('No problem, Ava. Someone from Glow Aesthetics — Austin will reach out shortly to find a new time.');
  });

  it('writes reminders with time, clinic and phone', () => {
    expect(renderAppointmentMessage('reminder:2h', ctx)).toBe('Hi Ava, a reminder of your appointment at Glow Aesthetics — Austin on Wed, Nov 25 at 3:30 PM. Questions? Call (512) 555-0100.');
  });
});

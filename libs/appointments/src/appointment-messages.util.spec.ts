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

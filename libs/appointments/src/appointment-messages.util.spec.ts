import type { MessageStep } from '@beacon/workflows/appointment/definitions.js';
import {
  asksToReplyCancel,
  checkMessageTemplate,
  DEFAULT_TEMPLATES,
  formatAppointmentTime,
  renderAppointmentMessage,
  sampleMessageContext,
  TEMPLATE_KINDS,
  TEMPLATE_LABELS,
  templateKindOf,
  validateMessageTemplates,
  type TemplateKind,
} from './appointment-messages.util.js';

const ctx = {
  firstName: 'Ava',
  locationName: 'Glow Aesthetics - Austin',
  locationPhone: '+15125550100',
  startsAt: new Date('2026-11-25T21:30:00Z'),
  timeZone: 'America/Chicago',
  serviceName: 'Botox',
};

const sample = sampleMessageContext({ name: 'Glow Aesthetics - Austin', phoneNumber: '+15125550100', timeZone: 'America/Chicago', rebookingUrl: null }, new Date('2026-11-25T18:00:00Z'));

describe('appointment messages', () => {
  it('shows the time in the clinic time zone', () => {
    expect(formatAppointmentTime(ctx.startsAt, 'America/Chicago')).toBe('Wed, Nov 25 at 3:30 PM');
    expect(formatAppointmentTime(ctx.startsAt, 'America/Los_Angeles')).toBe('Wed, Nov 25 at 1:30 PM');
  });

  it('writes a booking confirmation with name, time, clinic and phone', () => {
    expect(renderAppointmentMessage('booking_confirmation', ctx)).toBe(
      'Hi Ava, your appointment at Glow Aesthetics - Austin is booked for Wed, Nov 25 at 3:30 PM. Reply C to confirm or R to reschedule. Questions? Call (512) 555-0100. Reply STOP to opt out.',
    );
  });

  it('keeps the treatment out of the text', () => {
    expect(renderAppointmentMessage('booking_confirmation', ctx)).not.toContain('Botox');
  });
});

describe('confirmation conversation texts', () => {
  it('asks for C or R — never CANCEL, which is an opt-out keyword', () => {
    const text = renderAppointmentMessage('confirmation_request', ctx);
    expect(text).toBe('Hi Ava, please confirm your appointment at Glow Aesthetics - Austin on Wed, Nov 25 at 3:30 PM. Reply C to confirm or R to reschedule.');
    expect(text).not.toMatch(/cancel/i);
    expect(renderAppointmentMessage('confirmation_follow_up', ctx)).not.toMatch(/cancel/i);
  });

  it('offers the rebooking link when the location has one', () => {
    expect(renderAppointmentMessage('reschedule_ack', { ...ctx, rebookingUrl: 'https://glow.example/book' })).toBe(
      'No problem, Ava. Pick a new time here: https://glow.example/book or call us at (512) 555-0100.',
    );
    expect(renderAppointmentMessage('reschedule_ack', ctx)).toBe('No problem, Ava. Someone from Glow Aesthetics - Austin will reach out shortly to find a new time.');
  });

  it('writes reminders with time, clinic and phone', () => {
    expect(renderAppointmentMessage('reminder:2h', ctx)).toBe('Hi Ava, a reminder of your appointment at Glow Aesthetics - Austin on Wed, Nov 25 at 3:30 PM. Questions? Call (512) 555-0100.');
  });
});

describe('default templates', () => {
  // The texts as they were written in code before templates existed: the defaults must not change a word.
  const legacy = (c: typeof ctx & { rebookingUrl?: string | null }) => {
    const hi = c.firstName ? `Hi ${c.firstName}` : 'Hi';
    const name = c.firstName ? `, ${c.firstName}` : '';
    const when = formatAppointmentTime(c.startsAt, c.timeZone);
    const phone = '(512) 555-0100';
    return {
      booking_confirmation: `${hi}, your appointment at ${c.locationName} is booked for ${when}. Reply C to confirm or R to reschedule. Questions? Call ${phone}. Reply STOP to opt out.`,
      cancellation_confirmation: `${hi}, your appointment at ${c.locationName} on ${when} has been cancelled. To book again, call ${phone}.`,
      'reminder:7d': `${hi}, a reminder of your appointment at ${c.locationName} on ${when}. Questions? Call ${phone}.`,
      confirmation_request: `${hi}, please confirm your appointment at ${c.locationName} on ${when}. Reply C to confirm or R to reschedule.`,
      confirmation_follow_up: `${hi}, we haven't heard back about your appointment at ${c.locationName} on ${when}. Reply C to confirm or R to reschedule.`,
      confirmation_ack: `Thanks${name}! You're confirmed for ${when} at ${c.locationName}. See you then!`,
      reschedule_ack: c.rebookingUrl
        ? `No problem${name}. Pick a new time here: ${c.rebookingUrl} or call us at ${phone}.`
        : `No problem${name}. Someone from ${c.locationName} will reach out shortly to find a new time.`,
      cancel_request_ack: `Thanks${name}. We've let the team at ${c.locationName} know; someone will contact you shortly about your appointment on ${when}.`,
    } as const;
  };

  it.each([
    ['with a first name and a rebooking link', { ...ctx, rebookingUrl: 'https://glow.example/book' }],
    ['with a first name, no rebooking link', ctx],
    ['without a first name', { ...ctx, firstName: '' }],
  ])('render exactly the original texts %s', (_label, c) => {
    for (const [step, text] of Object.entries(legacy(c))) {
      expect(renderAppointmentMessage(step as MessageStep, c)).toBe(text);
    }
  });

  it('cover every kind, and every default passes its own validation', () => {
    expect([...TEMPLATE_KINDS].sort()).toEqual(Object.keys(TEMPLATE_LABELS).sort());
    expect([...TEMPLATE_KINDS].sort()).toEqual(Object.keys(DEFAULT_TEMPLATES).sort());
    for (const kind of TEMPLATE_KINDS) expect(checkMessageTemplate(kind, DEFAULT_TEMPLATES[kind], sample).problems).toEqual([]);
  });

  it('map every workflow step to a template kind', () => {
    expect(templateKindOf('reminder:same_day_morning')).toBe('reminder');
    expect(templateKindOf('confirmation_ack')).toBe('confirmation_ack');
  });
});

describe('location templates', () => {
  it('are used for their kind, with every variable filled in', () => {
    const templates = { reminder: 'See you {{appointmentTime}}, {{firstName}}! {{locationName}} · {{locationPhone}} · {{rebookingUrl}}' };
    expect(renderAppointmentMessage('reminder:2h', { ...ctx, rebookingUrl: 'https://glow.example/book' }, templates)).toBe(
      'See you Wed, Nov 25 at 3:30 PM, Ava! Glow Aesthetics - Austin · (512) 555-0100 · https://glow.example/book',
    );
    // Other kinds keep the default.
    expect(renderAppointmentMessage('confirmation_ack', ctx, templates)).toBe("Thanks, Ava! You're confirmed for Wed, Nov 25 at 3:30 PM at Glow Aesthetics - Austin. See you then!");
  });

  it('render text as written: no HTML escaping, filters allowed, surrounding blanks trimmed', () => {
    const templates = { reminder: '  {{ firstName | upcase }} & co: <3 "{{locationName}}"\n' };
    expect(renderAppointmentMessage('reminder:1d', ctx, templates)).toBe('AVA & co: <3 "Glow Aesthetics - Austin"');
  });

  it('fall back to the default text when a stored template cannot be rendered or breaks a rule', () => {
    const fallback = renderAppointmentMessage('confirmation_request', ctx);
    expect(renderAppointmentMessage('confirmation_request', ctx, { confirmation_request: 'Hi {{nickname}}, reply C or R' })).toBe(fallback);
    expect(renderAppointmentMessage('confirmation_request', ctx, { confirmation_request: 'Reply C to confirm or CANCEL to cancel.' })).toBe(fallback);
    expect(renderAppointmentMessage('confirmation_request', ctx, { confirmation_request: '{% if firstName %}' })).toBe(fallback);
  });

  it('cannot read files', () => {
    expect(checkMessageTemplate('reminder', '{% include "/etc/passwd" %}', sample).problems).toEqual([
      'The "Reminder" template uses {% include %}; templates cannot include other templates.',
    ]);
    expect(renderAppointmentMessage('reminder:2h', ctx, { reminder: '{% render "/etc/passwd" %}' })).toBe(renderAppointmentMessage('reminder:2h', ctx));
  });
});

describe('template validation', () => {
  const problems = (kind: TemplateKind, source: string) => checkMessageTemplate(kind, source, sample).problems;

  it('uses a sample appointment for Jordan next Tuesday at 3:30 PM local time', () => {
    expect(sample.firstName).toBe('Jordan');
    // 25 Nov 2026 is a Wednesday: next Tuesday is 1 Dec.
    expect(formatAppointmentTime(sample.startsAt, sample.timeZone)).toBe('Tue, Dec 1 at 3:30 PM');
    // On a Tuesday, "next Tuesday" is a week later.
    const onTuesday = sampleMessageContext({ name: 'X', phoneNumber: '+15125550100', timeZone: 'America/Los_Angeles' }, new Date('2026-12-01T20:00:00Z'));
    expect(formatAppointmentTime(onTuesday.startsAt, 'America/Los_Angeles')).toBe('Tue, Dec 8 at 3:30 PM');
  });

  it('accepts a good template and returns its sample text', () => {
    expect(checkMessageTemplate('reminder', 'Hi {{firstName}}, see you {{appointmentTime}} at {{locationName}}.', sample)).toEqual({
      text: 'Hi Jordan, see you Tue, Dec 1 at 3:30 PM at Glow Aesthetics - Austin.',
      problems: [],
    });
  });

  it('names an unknown variable and lists the known ones', () => {
    expect(problems('reminder', 'Hi {{first_name}}, see you {{ appointment.time }}')).toEqual([
      'The "Reminder" template uses an unknown variable {{first_name}}; the variables you can use are {{firstName}}, {{appointmentTime}}, {{locationName}}, {{locationPhone}}, {{rebookingUrl}}.',
      'The "Reminder" template uses an unknown variable {{appointment}}; the variables you can use are {{firstName}}, {{appointmentTime}}, {{locationName}}, {{locationPhone}}, {{rebookingUrl}}.',
    ]);
  });

  it('explains a template that does not parse, or uses an unknown filter or property', () => {
    expect(problems('reminder', 'Hi {% if firstName %}{{firstName}}')).toEqual(["The \"Reminder\" template can't be read: {% if firstName %} is never closed (line 1, column 4)."]);
    expect(problems('reminder', 'Hi {{ firstName')).toEqual([expect.stringMatching(/^The "Reminder" template can't be read: .*never closed/)]);
    expect(problems('reminder', 'Hi {{ firstName | shout }}')).toEqual(['The "Reminder" template can\'t be read: unknown filter "shout" (line 1, column 4).']);
    expect(problems('reminder', 'Hi {{ firstName.initial }}')).toEqual(["The \"Reminder\" template can't be filled in: {{firstName.initial}} has no value (line 1, column 7)."]);
    expect(problems('reminder', '   ')).toEqual(['The "Reminder" template is empty.']);
  });

  it('refuses any template that asks patients to reply CANCEL, whatever the wording', () => {
    for (const text of ['Reply C to confirm or CANCEL to cancel.', 'Text cancel to cancel your visit', 'Reply with "cancel" if you cannot come', 'Reply: Cancel']) {
      expect(problems('reminder', text)).toEqual([expect.stringContaining('asks patients to reply CANCEL. CANCEL is a legal opt-out keyword')]);
    }
    // Talking about cancelling is fine.
    expect(problems('reminder', 'To cancel your appointment, call {{locationPhone}}.')).toEqual([]);
    expect(problems('cancellation_confirmation', 'Your appointment on {{appointmentTime}} was cancelled.')).toEqual([]);
  });

  it('requires C and R instructions in the confirmation request and its follow-up', () => {
    expect(problems('confirmation_request', 'Please confirm your visit on {{appointmentTime}}. Reply YES.')).toEqual([
      'The "Confirmation request" template must ask patients to reply C to confirm (e.g. "Reply C to confirm or R to reschedule.").',
      'The "Confirmation request" template must ask patients to reply R to reschedule (e.g. "Reply C to confirm or R to reschedule.").',
    ]);
    expect(problems('confirmation_follow_up', 'Still there? Reply C to confirm or CANCEL.')).toEqual([
      expect.stringContaining('The "Confirmation follow-up" template asks patients to reply CANCEL.'),
      'The "Confirmation follow-up" template must ask patients to reply R to reschedule (e.g. "Reply C to confirm or R to reschedule.").',
    ]);
    expect(problems('confirmation_request', '{{firstName}}: confirm {{appointmentTime}}? Reply "C" = yes, "R" = new time')).toEqual([]);
  });

  it('requires opt-out instructions in the booking confirmation', () => {
    expect(problems('booking_confirmation', 'Booked: {{appointmentTime}}.')).toEqual([
      'The "Booking confirmation" template must tell patients how to opt out, e.g. "Reply STOP to opt out." (it is usually the first text a patient gets).',
    ]);
  });

  it('limits the rendered text to 480 characters, checked with and without the optional values', () => {
    expect(problems('reminder', 'x'.repeat(480))).toEqual([]);
    expect(problems('reminder', `{{firstName}} ${'x'.repeat(480)}`)).toEqual(['The "Reminder" template is 487 characters long with the sample data; texts are limited to 480 characters.']);
    // The link is only there when the location has one: the check tries with a sample link too.
    expect(problems('reschedule_ack', `{% if rebookingUrl %}${'y'.repeat(470)} {{rebookingUrl}}{% else %}Call us{% endif %}`)).toEqual([
      'The "Reply to "R" (reschedule)" template is 495 characters long with the sample data; texts are limited to 480 characters.',
    ]);
    expect(problems('reminder', '{% for i in (1..100000000) %}x{% endfor %}')).toEqual([expect.stringMatching(/can't be filled in: memory alloc limit exceeded/)]);
  });

  it('validates a whole set, naming unknown kinds', () => {
    expect(validateMessageTemplates({ reminder: DEFAULT_TEMPLATES.reminder, welcome: 'Hi', confirmation_ack: 42 }, sample)).toEqual([
      'There is no message kind "welcome"; the kinds are booking_confirmation, cancellation_confirmation, reminder, confirmation_request, confirmation_follow_up, confirmation_ack, reschedule_ack, cancel_request_ack.',
      'The "Reply to "C" (confirmed)" template must be text.',
    ]);
  });

  it('spots requests to reply CANCEL', () => {
    expect(asksToReplyCancel('Reply CANCEL')).toBe(true);
    expect(asksToReplyCancel('reply back with cancel')).toBe(true);
    expect(asksToReplyCancel('Your appointment was CANCELLED')).toBe(false);
    expect(asksToReplyCancel('We can cancel it for you if you call us')).toBe(false);
  });
});

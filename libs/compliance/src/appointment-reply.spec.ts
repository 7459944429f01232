import { classifyAppointmentReply } from './appointment-reply.js';

const asked = { replyToConfirmation: true };
const unasked = { replyToConfirmation: false };

describe('classifyAppointmentReply', () => {
  it.each(['C', 'c', ' C. ', 'yes', 'Yes!', 'Confirm', 'confirmed 👍', 'Sí', 'ok', "I'll be there"])('%p confirms when answering our request', (text) => {
    expect(classifyAppointmentReply(text, asked)).toBe('confirm');
  });

  it.each(['R', 'r', 'Reschedule please', "I can't make it, can we move my appointment?", 'Need a different time'])('%p asks to reschedule', (text) => {
    expect(classifyAppointmentReply(text, asked)).toBe('reschedule');
  });

  it.each(['Please cancel my appointment', 'I need to cancel my appt on Friday', 'quiero cancelar mi cita'])('%p asks to cancel the appointment', (text) => {
    expect(classifyAppointmentReply(text, unasked)).toBe('cancel_appointment');
  });

  it('does not read a bare C, R or yes as an answer when nothing was asked', () => {
    expect(classifyAppointmentReply('C', unasked)).toBeNull();
    expect(classifyAppointmentReply('yes', unasked)).toBeNull();
    expect(classifyAppointmentReply('R', unasked)).toBeNull();
    expect(classifyAppointmentReply('I confirm', unasked)).toBe('confirm');
  });

  it.each(['How much is lip filler?', 'Where do I park?', 'Can I bring my sister?', 'cancel'])('%p is not about the appointment', (text) => {
    expect(classifyAppointmentReply(text, asked)).toBeNull();
  });
});

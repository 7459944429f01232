import { classifyAppointmentReply, matchConsentKeyword } from '@beacon/compliance';

/** Until the full classifier lands: consent keywords and appointment replies, everything else `other`. */
export function interimClassify(text: string, context: { replyToConfirmation: boolean }): { intent: string; confidence: number } {
  const keyword = matchConsentKeyword(text);
  if (keyword) return { intent: keyword, confidence: 0.95 };
  const reply = classifyAppointmentReply(text, context);
  return reply ? { intent: reply, confidence: 0.8 } : { intent: 'other', confidence: 0.3 };
}

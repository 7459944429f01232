import { formatPhone } from '@beacon/messaging';
import type { InboundAutoReply } from '@beacon/workflows/inbound/definitions.js';

/** The texts we send on our own to a keyword (STOP, START, HELP…). Plain GSM-7 (test/defaults/default-texts-gsm7.spec.ts). */
export function autoReplyText(kind: InboundAutoReply | 'marketing_opt_out_confirmation', location: { name: string; phoneNumber: string }): string {
  const phone = formatPhone(location.phoneNumber);
  switch (kind) {
    case 'opt_out_confirmation':
      return `${location.name}: you're unsubscribed and will receive no more texts from us. Reply START to resubscribe.`;
    case 'marketing_opt_out_confirmation':
      return `${location.name}: you won't receive promotional texts from us anymore. Appointment texts continue; reply STOP to end all texts.`;
    case 'opt_in_confirmation':
      return `${location.name}: you're subscribed again to appointment texts. Reply HELP for help, STOP to opt out.`;
    case 'help':
      return `${location.name}: appointment reminders and messages. Need help? Call ${phone}. Msg frequency varies. Msg & data rates may apply. Reply STOP to opt out.`;
  }
}

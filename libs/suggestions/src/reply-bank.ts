/**
 * Built-in replies per intent. Each uses only facts from the thread's context ({{variables}}); a reply
 * whose facts are missing is skipped, so nothing here can state a time, price or policy the clinic
 * has not. Prices, aftercare and parking details come from the clinic's own quick replies instead.
 */
export const REPLY_BANK: Record<string, readonly string[]> = {
  confirm: [
    "Thank you{% if firstName %}, {{firstName}}{% endif %}! You're confirmed for {{appointmentWhen}}. See you then!",
    'Great, you are all set for {{appointmentWhen}} with {{providerName}}. Reply here if anything changes.',
    'Thanks for confirming! We look forward to seeing you at {{locationName}}.',
    'Perfect, thank you! If you need directions or have questions before your visit, just text us.',
  ],
  reschedule: [
    'No problem{% if firstName %}, {{firstName}}{% endif %}! What days and times work best for you?',
    'Happy to help you find a new time. You can also pick one here: {{bookingLink}}',
    'Of course. Would you like to keep {{providerName}}, or is any provider fine?',
    "Sure thing! We'll move your {{appointmentWhen}} visit. Which day suits you better?",
  ],
  cancel_appointment: [
    "I'm sorry you can't make it{% if firstName %}, {{firstName}}{% endif %}. Would you like to reschedule instead of cancelling?",
    'Thanks for letting us know. Would another day work better for you?',
    "Understood. I'll take care of your {{appointmentWhen}} appointment. Can I help you book a new time?",
    'No problem. Just so you know, a team member will confirm the cancellation shortly.',
  ],
  running_late: [
    "Thanks for the heads-up{% if firstName %}, {{firstName}}{% endif %}! Drive safely, we'll let {{providerName}} know.",
    "Thank you for letting us know. About how many minutes do you think you'll be?",
    "No worries, see you soon! If it's more than 15 minutes we may need to adjust your treatment time.",
    "Thanks! We'll do our best to fit you in. Call us at {{locationPhone}} if anything changes.",
  ],
  book_new: [
    "We'd love to see you{% if firstName %}, {{firstName}}{% endif %}! What treatment are you interested in, and which days work best?",
    'You can choose a time that suits you here: {{bookingLink}}',
    'Happy to book you in! Do you have a preferred provider or time of day?',
    'Great! Call us at {{locationPhone}} or reply with a few times that work for you.',
  ],
  pricing: [
    'Great question! Pricing depends on your treatment plan; we are happy to go over it at a free consultation.',
    'Let me check current pricing for you and get right back to you.',
    'Prices vary by treatment area and units. Would you like to book a consultation to get an exact quote?',
  ],
  directions_parking: [
    "We're at {{address}}. {{parking}}",
    'You can find us at {{address}}. Call {{locationPhone}} if you have trouble finding us!',
    '{{parking}}',
    'Here is our address: {{address}}. See you soon!',
  ],
  hours: [
    'Our hours are {{hours}}.',
    "We're open {{hours}}. Would you like to book a visit?",
    'Our hours are {{hours}}. You can also book online anytime: {{bookingLink}}',
  ],
  aftercare: [
    "Thanks for checking in{% if firstName %}, {{firstName}}{% endif %}. I'll have {{providerName}} follow up with you today.",
    "I'm sorry you're dealing with that. Could you send a photo so our clinical team can take a look?",
    'Thanks for letting us know. If anything feels severe or urgent, please call us at {{locationPhone}}.',
    'A member of our clinical team will reach out shortly with aftercare guidance.',
  ],
  pre_treatment: [
    "Great question! I'll check with {{providerName}} and get back to you before your visit.",
    'Our clinical team will confirm the prep steps for your {{serviceName}} shortly.',
    "Thanks for asking ahead of time! We'll text you the pre-treatment instructions.",
  ],
  bring_guest: [
    "Of course{% if firstName %}, {{firstName}}{% endif %}! You're welcome to bring a guest to your {{appointmentWhen}} appointment.",
    "Absolutely! Your guest is welcome to join you on {{appointmentWhen}}. Would they like to book a treatment too?",
    "Sure! We'll note that you're bringing someone on {{appointmentWhen}}. See you both then!",
    "Happy to have them! Just a heads-up: guests wait in our lounge during treatment.",
  ],
  complaint: [
    "I'm so sorry to hear that{% if firstName %}, {{firstName}}{% endif %}. Our manager will call you today to make it right.",
    'Thank you for telling us. Could you share a bit more about what happened so we can help?',
    "I'm sorry about your experience. Can we call you at a time that suits you to talk it through?",
  ],
  thanks: [
    "You're so welcome{% if firstName %}, {{firstName}}{% endif %}!",
    'Anytime! Let us know if there is anything else we can do.',
    'Thank you! We look forward to seeing you again at {{locationName}}.',
    'Our pleasure! See you on {{appointmentWhen}}.',
  ],
  help: [
    'Hi{% if firstName %} {{firstName}}{% endif %}! How can we help you today?',
    'You can reach {{locationName}} at {{locationPhone}} or reply here.',
    'Happy to help! What do you need?',
  ],
  opt_in: [
    "Welcome back{% if firstName %}, {{firstName}}{% endif %}! You'll receive texts from {{clinicName}} again.",
    'Thanks! Text messages are turned back on. How can we help?',
  ],
  other: [
    'Thanks for your message{% if firstName %}, {{firstName}}{% endif %}! A team member will get back to you shortly.',
    'Could you tell me a little more so I can help?',
    'Thanks! Let me check on that and get right back to you.',
    'Happy to help! Would you prefer a call? We are at {{locationPhone}}.',
  ],
};

/** Categories of the clinic's own quick replies that answer an intent; the first is the intent's own. */
export const INTENT_CATEGORIES: Record<string, readonly string[]> = {
  confirm: ['scheduling', 'appointments', 'appointment management'],
  reschedule: ['scheduling', 'appointments', 'appointment management'],
  cancel_appointment: ['scheduling', 'appointments', 'appointment management', 'policies'],
  running_late: ['late arrivals', 'policies', 'scheduling'],
  book_new: ['scheduling', 'booking', 'new patient welcome'],
  pricing: ['pricing', 'prices', 'promotions', 'product promotions'],
  directions_parking: ['directions', 'parking', 'location'],
  hours: ['hours', 'scheduling'],
  aftercare: ['aftercare', 'treatment follow-ups'],
  pre_treatment: ['pre-treatment', 'preparation', 'aftercare'],
  bring_guest: ['guests', 'policies', 'scheduling'],
  complaint: ['service recovery'],
  thanks: ['thanks'],
};

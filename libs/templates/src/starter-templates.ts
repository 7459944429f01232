/** A ready-made library entry every organisation starts with. No PHI: names, times, the clinic — never treatments or results. */
export interface StarterTemplate {
  key: string;
  name: string;
  category: StarterCategory;
  kind: 'transactional' | 'marketing';
  body: string;
}

export const TEMPLATE_CATEGORIES = [
  'Appointment management',
  'Treatment follow-ups',
  'Product promotions',
  'Seasonal campaigns',
  'New patient welcome',
  'VIP appreciation',
  'Birthday & anniversary',
] as const;
export type StarterCategory = (typeof TEMPLATE_CATEGORIES)[number];

/** Marketing texts must carry this (TCPA / CTIA); the library check refuses a marketing template without it. */
export const OPT_OUT_LANGUAGE = 'Reply STOP to opt out.';

const HI = 'Hi{% if firstName %} {{firstName}}{% endif %}';

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  // Appointment management (transactional)
  { key: 'appt-confirm', name: 'Please confirm', category: 'Appointment management', kind: 'transactional', body: `${HI}, this is {{locationName}}. Please confirm your visit on {{appointmentTime}} by replying C, or R to reschedule.` },
  { key: 'appt-running-late', name: 'Running a few minutes late', category: 'Appointment management', kind: 'transactional', body: `${HI}, {{providerName}} is running about 15 minutes behind today. Thanks for your patience! - {{locationName}}` },
  { key: 'appt-reschedule-offer', name: 'Offer a new time', category: 'Appointment management', kind: 'transactional', body: `${HI}, we have an opening sooner than your visit on {{appointmentTime}}. Would you like it? Reply here or call {{locationPhone}}.` },
  { key: 'appt-missed', name: 'Sorry we missed you', category: 'Appointment management', kind: 'transactional', body: `${HI}, we missed you today at {{locationName}}. Reply here or call {{locationPhone}} and we'll find a new time.` },
  { key: 'appt-directions', name: 'Parking and directions', category: 'Appointment management', kind: 'transactional', body: `${HI}, looking forward to seeing you {{appointmentTime}} at {{locationName}}. Questions about parking or directions? Call {{locationPhone}}.` },
  // Treatment follow-ups (transactional; no treatment details in the text)
  { key: 'follow-up-next-day', name: 'Checking in the next day', category: 'Treatment follow-ups', kind: 'transactional', body: `${HI}, thanks for visiting {{locationName}} yesterday. How are you feeling? Reply here or call {{locationPhone}} with any questions.` },
  { key: 'follow-up-two-weeks', name: 'Two-week check-in', category: 'Treatment follow-ups', kind: 'transactional', body: `${HI}, it's been two weeks since your visit. We'd love to hear how things are going, reply any time. - {{locationName}}` },
  { key: 'follow-up-aftercare', name: 'Aftercare questions', category: 'Treatment follow-ups', kind: 'transactional', body: `${HI}, a reminder that your aftercare instructions are in the email we sent. Questions? Call {{locationPhone}}.` },
  { key: 'follow-up-review', name: 'Ask for a review', category: 'Treatment follow-ups', kind: 'transactional', body: `${HI}, thank you for choosing {{locationName}}! If you have a minute, we'd be grateful for a review. Reply here with any feedback.` },
  // Product promotions (marketing)
  { key: 'promo-skincare', name: 'Skincare line in stock', category: 'Product promotions', kind: 'marketing', body: `${HI}, our new skincare line has arrived at {{locationName}}. Ask us about it at your next visit or call {{locationPhone}}. ${OPT_OUT_LANGUAGE}` },
  { key: 'promo-bundle', name: 'Bundle and save', category: 'Product promotions', kind: 'marketing', body: `${HI}, this month at {{locationName}}: save when you book two services together. Call {{locationPhone}} to book. ${OPT_OUT_LANGUAGE}` },
  { key: 'promo-referral', name: 'Refer a friend', category: 'Product promotions', kind: 'marketing', body: `${HI}, love your results? Refer a friend to {{locationName}} and you both get a thank-you credit. ${OPT_OUT_LANGUAGE}` },
  // Seasonal campaigns (marketing)
  { key: 'season-summer', name: 'Summer glow', category: 'Seasonal campaigns', kind: 'marketing', body: `${HI}, get summer-ready at {{locationName}}! Limited spots this month, call {{locationPhone}} to book. ${OPT_OUT_LANGUAGE}` },
  { key: 'season-holiday', name: 'Holiday gift cards', category: 'Seasonal campaigns', kind: 'marketing', body: `${HI}, holiday gift cards are now available at {{locationName}}. Call {{locationPhone}} or stop by. ${OPT_OUT_LANGUAGE}` },
  { key: 'season-new-year', name: 'New year, new you', category: 'Seasonal campaigns', kind: 'marketing', body: `${HI}, start the year with some self-care at {{locationName}}. Book at {{locationPhone}}. ${OPT_OUT_LANGUAGE}` },
  // New patient welcome (transactional)
  { key: 'welcome-first', name: 'Welcome to the clinic', category: 'New patient welcome', kind: 'transactional', body: `${HI}, welcome to {{locationName}}! We'll text you here about your appointments. Reply HELP for help or STOP to opt out.` },
  { key: 'welcome-before-visit', name: 'Before your first visit', category: 'New patient welcome', kind: 'transactional', body: `${HI}, we're looking forward to your first visit on {{appointmentTime}}. Please arrive 10 minutes early. Questions? {{locationPhone}}` },
  // VIP appreciation (marketing)
  { key: 'vip-thanks', name: 'Thank you for your loyalty', category: 'VIP appreciation', kind: 'marketing', body: `${HI}, thank you for being one of our VIPs at {{locationName}}! Enjoy early access to our next event. ${OPT_OUT_LANGUAGE}` },
  { key: 'vip-early-access', name: 'VIP early booking', category: 'VIP appreciation', kind: 'marketing', body: `${HI}, as a VIP you get first pick of next month's appointments. Call {{locationPhone}} to reserve yours. ${OPT_OUT_LANGUAGE}` },
  // Birthday & anniversary (marketing)
  { key: 'birthday', name: 'Happy birthday', category: 'Birthday & anniversary', kind: 'marketing', body: `Happy birthday{% if firstName %}, {{firstName}}{% endif %}! Everyone at {{locationName}} wishes you a wonderful year. A birthday treat is waiting at your next visit. ${OPT_OUT_LANGUAGE}` },
  { key: 'anniversary', name: 'One year with us', category: 'Birthday & anniversary', kind: 'marketing', body: `${HI}, it's been a year since your first visit to {{locationName}}. Thank you for trusting us! ${OPT_OUT_LANGUAGE}` },
];

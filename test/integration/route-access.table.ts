import type { PermissionFlag } from '@beacon/staff';

/**
 * How every HTTP route of the API is protected, and how to call the ones that return patient data.
 * The enumeration test (access-enumeration.int-spec.ts) discovers the routes the running API serves and
 * FAILS for any route missing here — add your new endpoint to this table.
 */
export interface ProbeContext {
  austin: string;
  from: string;
  to: string;
  /** Patient booked with the demo provider (Dr. Priya Lee). */
  ownConversationId: string;
  ownAppointmentId: string;
  /** Patient booked with another provider. */
  otherConversationId: string;
  otherAppointmentId: string;
  /** An organisation-wide quick reply using {{firstName}} and {{appointmentTime}}. */
  quickReplyId: string;
}

/** A request that returns data: a GET path, or a method + path + JSON body. */
export type Probe = string | { method: string; path: string; body: unknown };

export type RouteAccess =
  /** No staff session: authenticated some other way (or not at all) — `how` says which. */
  | { kind: 'public'; how: string }
  | {
      kind: 'session';
      /** Flags needed (all of them); a signed-in person without one gets 403. */
      permissions?: PermissionFlag[];
      /** Only the owner role (audit trail). */
      ownerOnly?: boolean;
      /**
       * Returns patients (names, phones, messages): a coordinator must never get a full number, and a
       * provider must never get another provider's patient. `probe` builds a request that returns data.
       */
      patientData?: {
        probe: (c: ProbeContext) => Probe;
        /** Path of a record of the *other* provider's patient: the provider must get 404. */
        otherPatientPath?: (c: ProbeContext) => string;
        /** Returns patient data only to people with these flags (an empty answer to others). */
        onlyFor?: PermissionFlag[];
      };
    };

const range = (c: ProbeContext) => `locationId=${c.austin}&from=${encodeURIComponent(c.from)}&to=${encodeURIComponent(c.to)}`;

export const ROUTE_ACCESS: Record<string, RouteAccess> = {
  // API documentation (no data; generated from the code).
  'GET /api/docs': { kind: 'public', how: 'API documentation, no data' },
  'GET /api/docs/': { kind: 'public', how: 'API documentation, no data' },
  'GET /api/docs/index.html': { kind: 'public', how: 'API documentation, no data' },
  'GET /api/docs/swagger-ui-init.js': { kind: 'public', how: 'API documentation, no data' },
  'GET /api/docs/docs/swagger-ui-init.js': { kind: 'public', how: 'API documentation, no data' },
  'GET /api/docs/LICENSE': { kind: 'public', how: 'API documentation, no data' },
  'GET /api/docs/openapi.json': { kind: 'public', how: 'API documentation, no data' },
  'GET /api/docs-yaml': { kind: 'public', how: 'API documentation, no data' },
  'GET /api/health': { kind: 'public', how: 'health check, no data' },

  'POST /api/auth/login': { kind: 'public', how: 'email + password, throttled and audited' },
  'POST /api/auth/logout': { kind: 'session' },
  'GET /api/auth/me': { kind: 'session' },

  'POST /api/integrations/booking/events': { kind: 'public', how: 'HMAC signature of the booking system (x-beacon-signature)' },

  // Self-service sign-up (onboarding): public by nature, each protected as stated.
  'GET /api/signup/options': { kind: 'public', how: 'plan names and whether the local mailbox is on; no data' },
  'POST /api/signup': {
    kind: 'public',
    how: 'rate-limited per address (SIGNUP_MAX_PER_HOUR, 429), audited; the same answer whether or not the email has an account (that account is emailed instead); strong-password rules',
  },
  'POST /api/signup/resend': { kind: 'public', how: 'rate-limited per address, audited; the same answer for every email' },
  'POST /api/signup/verify': { kind: 'public', how: 'one-time 256-bit token from the emailed link (stored as SHA-256, 24 h, spent atomically)' },
  'POST /api/invitations/accept': { kind: 'public', how: 'one-time 256-bit token from the invitation email (stored as SHA-256, 7 days, spent atomically); strong-password rules' },
  'GET /api/signup/local-mail': { kind: 'public', how: 'local development only (404 unless SMTP_LOCAL_SERVER=true): onboarding mail the loopback SMTP server received for one address' },
  'GET /api/onboarding/checklist': { kind: 'session', permissions: ['manageSettings'] },
  'GET /api/integrations': { kind: 'session', permissions: ['manageSettings'] },
  'POST /api/integrations': { kind: 'session', permissions: ['manageSettings'] },
  'POST /api/integrations/:id/rotate': { kind: 'session', permissions: ['manageSettings'] },
  'POST /api/integrations/:id/revoke': { kind: 'session', permissions: ['manageSettings'] },
  'POST /api/integrations/:id/test-event': { kind: 'session', permissions: ['manageSettings'] },
  'POST /api/webhooks/twilio/sms': { kind: 'public', how: 'Twilio request signature' },
  'POST /api/webhooks/twilio/status': { kind: 'public', how: 'Twilio request signature' },

  'GET /api/locations': { kind: 'session' },
  'POST /api/locations': { kind: 'session', permissions: ['manageSettings'] },
  'PATCH /api/locations/:id': { kind: 'session', permissions: ['manageSettings'] },
  'GET /api/conversations': { kind: 'session', patientData: { probe: (c) => `/api/conversations?locationId=${c.austin}` } },
  'GET /api/conversations/:id': {
    kind: 'session',
    patientData: { probe: (c) => `/api/conversations/${c.ownConversationId}`, otherPatientPath: (c) => `/api/conversations/${c.otherConversationId}` },
  },
  'GET /api/conversations/:id/messages': {
    kind: 'session',
    patientData: { probe: (c) => `/api/conversations/${c.ownConversationId}/messages`, otherPatientPath: (c) => `/api/conversations/${c.otherConversationId}/messages` },
  },
  'GET /api/appointments': { kind: 'session', patientData: { probe: (c) => `/api/appointments?${range(c)}` } },
  'GET /api/appointments/summary': { kind: 'session' },
  'GET /api/appointments/:id': {
    kind: 'session',
    patientData: { probe: (c) => `/api/appointments/${c.ownAppointmentId}`, otherPatientPath: (c) => `/api/appointments/${c.otherAppointmentId}` },
  },
  'GET /api/alerts': { kind: 'session', patientData: { probe: (c) => `/api/alerts?locationId=${c.austin}` } },
  'POST /api/alerts/:id/acknowledge': { kind: 'session' },

  // Demo tool: shows every patient's number at the location.
  'GET /api/simulator/threads': { kind: 'session', permissions: ['viewAllConversations', 'seeContactDetails'] },
  'POST /api/simulator/inbound': { kind: 'session', permissions: ['viewAllConversations', 'seeContactDetails'] },

  'GET /api/locations/:locationId/messaging-settings': { kind: 'session' },
  'PUT /api/locations/:locationId/messaging-settings': { kind: 'session', permissions: ['manageSettings'] },
  'POST /api/locations/:locationId/messaging-settings/preview': { kind: 'session' },
  'POST /api/locations/:locationId/messaging-settings/test-send': { kind: 'session', permissions: ['manageSettings'] },

  'GET /api/audit': { kind: 'session', ownerOnly: true },
  'GET /api/audit/export': { kind: 'session', ownerOnly: true },
  'GET /api/audit/verify': { kind: 'session', ownerOnly: true },

  'GET /api/staff': { kind: 'session', permissions: ['manageStaff'] },
  'GET /api/staff/presets': { kind: 'session', permissions: ['manageStaff'] },
  'POST /api/staff': { kind: 'session', permissions: ['manageStaff'] },
  'PATCH /api/staff/:id': { kind: 'session', permissions: ['manageStaff'] },
  'POST /api/staff/:id/deactivate': { kind: 'session', permissions: ['manageStaff'] },
  'POST /api/staff/:id/reactivate': { kind: 'session', permissions: ['manageStaff'] },
  'POST /api/staff/:id/password': { kind: 'session', permissions: ['manageStaff'] },

  // Quick replies, composer and template library.
  'GET /api/quick-replies': { kind: 'session', permissions: ['canSendMessages'] },
  'GET /api/quick-replies/analytics': { kind: 'session' },
  'POST /api/quick-replies': { kind: 'session', permissions: ['manageTemplates'] },
  'PUT /api/quick-replies/:id': { kind: 'session', permissions: ['manageTemplates'] },
  'DELETE /api/quick-replies/:id': { kind: 'session', permissions: ['manageTemplates'] },
  'POST /api/conversations/:conversationId/render': {
    kind: 'session',
    permissions: ['canSendMessages'],
    patientData: {
      probe: (c) => ({ method: 'POST', path: `/api/conversations/${c.ownConversationId}/render`, body: { quickReplyId: c.quickReplyId } }),
    },
  },
  'GET /api/templates': { kind: 'session' },
  'POST /api/templates': { kind: 'session', permissions: ['manageTemplates'] },
  'PUT /api/templates/:id': { kind: 'session', permissions: ['manageTemplates'] },
  'DELETE /api/templates/:id': { kind: 'session', permissions: ['manageTemplates'] },
  'PUT /api/templates/:id/favorite': { kind: 'session' },
  'DELETE /api/templates/:id/favorite': { kind: 'session' },
  'GET /api/templates/:id/analytics': { kind: 'session' },

  // Unified inbox (conversation state, context panel, pictures).
  'GET /api/conversations/counts': { kind: 'session' },
  // Permissions depend on the body (star / close / assign): conversationChangePermissions, probed per preset in the enumeration test.
  'PATCH /api/conversations/:id': { kind: 'session' },
  'PUT /api/conversations/:id/read-state': { kind: 'session' },
  'GET /api/conversations/:id/assignees': { kind: 'session' },
  'POST /api/conversations/:id/messages': { kind: 'session', permissions: ['canSendMessages'] },
  'POST /api/conversations/:id/media': { kind: 'session', permissions: ['canSendMessages'] },
  'GET /api/media/:id': { kind: 'session' },
  'GET /api/public/media/:id': { kind: 'public', how: 'signed, expiring URL for the SMS provider to fetch an outbound picture' },
  'GET /api/conversations/:id/context': {
    kind: 'session',
    patientData: { probe: (c) => `/api/conversations/${c.ownConversationId}/context`, otherPatientPath: (c) => `/api/conversations/${c.otherConversationId}/context` },
  },
  'PUT /api/conversations/:id/patient-notes': { kind: 'session', permissions: ['canSendMessages'] },
  'PUT /api/conversations/:id/patient-vip': { kind: 'session', permissions: ['canSendMessages'] },
  'POST /api/appointments/:id/conversation': {
    kind: 'session',
    patientData: { probe: (c) => ({ method: 'POST', path: `/api/appointments/${c.ownAppointmentId}/conversation`, body: {} }) },
  },
  'GET /api/locations/:locationId/after-hours': { kind: 'session' },
  'PUT /api/locations/:locationId/after-hours': { kind: 'session', permissions: ['manageSettings'] },
  'GET /api/locations/:locationId/notifications': { kind: 'session' },
  'PUT /api/locations/:locationId/notifications': { kind: 'session', permissions: ['manageSettings'] },
  'GET /api/locations/:locationId/vip-rule': { kind: 'session' },
  'PUT /api/locations/:locationId/vip-rule': { kind: 'session', permissions: ['manageSettings'] },
  'GET /api/notifications/sent-email': { kind: 'session', ownerOnly: true },
  // Each person's own devices for push notifications (no patient data; a device is only ever its owner's).
  'GET /api/push/public-key': { kind: 'session' },
  'GET /api/push/subscriptions': { kind: 'session' },
  'POST /api/push/subscriptions': { kind: 'session' },
  'DELETE /api/push/subscriptions/:id': { kind: 'session' },
  'POST /api/simulator/media': { kind: 'session', permissions: ['viewAllConversations', 'seeContactDetails'] },
  'GET /api/simulator/media/:id': { kind: 'public', how: 'simulator only: the simulated phone\'s pictures, fetched like Twilio media' },

  // Data protection: search over encrypted history, consent on a thread, retention and marketing hours.
  'GET /api/search': { kind: 'session', patientData: { probe: (c) => `/api/search?q=friend&locationId=${c.austin}` } },
  // Consent state: no name or number in it; the thread's own-patient rule applies (inbox.accessible).
  'GET /api/conversations/:id/consent': { kind: 'session' },
  'POST /api/conversations/:id/consent': { kind: 'session', permissions: ['canSendMessages'] },
  // A person decides a possible opt-out (ledger, alert, audit); the thread's own-patient rule applies.
  'POST /api/conversations/:id/consent/possible-opt-out': { kind: 'session', permissions: ['canSendMessages'] },
  'GET /api/data-protection/settings': { kind: 'session', ownerOnly: true },
  'PUT /api/data-protection/settings': { kind: 'session', ownerOnly: true },

  // Smart replies.
  'GET /api/conversations/:id/suggestions': {
    kind: 'session',
    patientData: {
      probe: (c) => `/api/conversations/${c.ownConversationId}/suggestions`,
      otherPatientPath: (c) => `/api/conversations/${c.otherConversationId}/suggestions`,
      onlyFor: ['canSendMessages'],
    },
  },
  'POST /api/suggestions/:messageId/feedback': { kind: 'session' },
  'GET /api/suggestions/stats': { kind: 'session', ownerOnly: true },
  'PUT /api/suggestions/settings': { kind: 'session', ownerOnly: true },

  // Outcomes & usage (owner page); aggregates only, no patient in them.
  'GET /api/outcomes': { kind: 'session', ownerOnly: true },
  'GET /api/outcomes/export': { kind: 'session', ownerOnly: true },
  'GET /api/usage': { kind: 'session', ownerOnly: true },
  // The plan-limit seam the composer and bulk preview call before sending.
  'POST /api/usage/preview': { kind: 'session', permissions: ['canSendMessages'] },
  'GET /api/plan': { kind: 'session' },
  // Bulk messaging: only with the bulk permission. Preview and detail list patients, named only when the
  // one access rule lets the person see them and with numbers masked without contact rights
  // (bulk-send.int-spec.ts checks it; the probe patients here have no appointment today, so no probe).
  'POST /api/bulk-sends/preview': { kind: 'session', permissions: ['bulkMessaging'] },
  'POST /api/bulk-sends': { kind: 'session', permissions: ['bulkMessaging'] },
  'GET /api/bulk-sends': { kind: 'session', permissions: ['bulkMessaging'] },
  'GET /api/bulk-sends/:id': { kind: 'session', permissions: ['bulkMessaging'] },
  'POST /api/bulk-sends/:id/pause': { kind: 'session', permissions: ['bulkMessaging'] },
  'POST /api/bulk-sends/:id/resume': { kind: 'session', permissions: ['bulkMessaging'] },
  'POST /api/bulk-sends/:id/cancel': { kind: 'session', permissions: ['bulkMessaging'] },
};

/**
 * Every event the realtime gateway sends to a console socket. The test discovers event names from the
 * gateway's source and the realtime event union, and fails for one missing here.
 */
export const SOCKET_EVENTS: Record<string, { patientData: boolean; note: string }> = {
  ready: { patientData: false, note: 'location ids after the handshake' },
  'session.ended': { patientData: false, note: 'a sentence asking to sign in again' },
  'message.created': { patientData: true, note: 'message + conversation as GET /api/conversations/:id shows it to this recipient' },
  'message.updated': { patientData: true, note: 'same as message.created' },
  'appointment.updated': { patientData: true, note: 'appointment as the calendar shows it to this recipient' },
  'conversation.updated': { patientData: true, note: 'conversation as GET /api/conversations/:id shows it to this recipient' },
  resync: { patientData: false, note: 'a reason sentence; the console reloads its views' },
  'suggestions.ready': { patientData: false, note: 'ids only (conversation, location, message), to recipients who may see the thread and send' },
  'bulk_send.updated': { patientData: false, note: 'ids only (bulk send, location), to recipients with the bulk messaging permission' },
};

export * from './notification-events.js';
export { notificationRecipients, type NotificationCandidate, type NotifiedAlert } from './notification-recipients.util.js';
export { notificationEmail, notificationDigestEmail, type OutgoingEmail, type DigestItem } from './notification-email.util.js';
export { SmtpMailer, type Mailer } from './smtp-mailer.js';
export { createNotificationActivities, type NotificationConfig, type NotificationDeps } from './notification.activities.js';
export { listNotificationSettings, loadNotificationSetting, saveNotificationSettings } from './notification-settings.js';
export { LoopbackSmtpServer } from './loopback-smtp-server.js';
export { parseReceivedMail, type ReceivedMail } from './received-mail.util.js';
export { listLocalMail, storeLocalMail, type LocalMailView } from './local-mailbox.js';

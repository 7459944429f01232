import { Routes } from '@angular/router';
import { authGuard, guestGuard } from './core/auth.guard';
import { ownerGuard } from './core/owner.guard';
import { manageSettingsGuard } from './features/settings/settings.guard';
import { manageStaffGuard } from './features/staff/staff.guard';
import { bulkMessagingGuard } from './features/bulk/bulk.guard';

export const routes: Routes = [
  {
    path: 'login',
    title: 'Sign in · Beacon',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'signup',
    title: 'Sign up · Beacon',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/signup/signup-page').then((m) => m.SignupPage),
  },
  {
    path: 'verify-email',
    title: 'Confirm your email · Beacon',
    loadComponent: () => import('./features/signup/verify-email-page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'accept-invitation',
    title: 'Join your clinic · Beacon',
    loadComponent: () => import('./features/signup/accept-invitation-page').then((m) => m.AcceptInvitationPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./features/shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'inbox' },
      {
        path: 'inbox',
        title: 'Inbox · Beacon',
        loadComponent: () => import('./features/inbox/inbox-page').then((m) => m.InboxPage),
        children: [
          {
            path: '',
            loadComponent: () => import('./features/inbox/no-conversation').then((m) => m.NoConversation),
          },
          {
            path: ':conversationId',
            loadComponent: () => import('./features/inbox/conversation-view').then((m) => m.ConversationView),
          },
        ],
      },
      {
        path: 'calendar',
        title: 'Calendar · Beacon',
        loadComponent: () => import('./features/calendar/calendar-page').then((m) => m.CalendarPage),
      },
      {
        path: 'setup',
        title: 'Setup · Beacon',
        canActivate: [manageSettingsGuard],
        loadComponent: () => import('./features/setup/setup-page').then((m) => m.SetupPage),
      },
      {
        path: 'bulk',
        title: 'Bulk messaging · Beacon',
        canActivate: [bulkMessagingGuard],
        loadComponent: () => import('./features/bulk/bulk-sends-page').then((m) => m.BulkSendsPage),
      },
      {
        path: 'bulk/:id',
        title: 'Bulk send · Beacon',
        canActivate: [bulkMessagingGuard],
        loadComponent: () => import('./features/bulk/bulk-send-detail-page').then((m) => m.BulkSendDetailPage),
      },
      {
        path: 'settings',
        title: 'Settings · Beacon',
        canActivate: [manageSettingsGuard],
        loadComponent: () => import('./features/settings/settings-page').then((m) => m.SettingsPage),
      },
      {
        path: 'insights/smart-replies',
        title: 'Smart replies · Beacon',
        canActivate: [ownerGuard],
        loadComponent: () => import('./features/insights/smart-replies-page').then((m) => m.SmartRepliesPage),
      },
      {
        path: 'outcomes',
        title: 'Outcomes & usage · Beacon',
        canActivate: [ownerGuard],
        loadComponent: () => import('./features/outcomes/outcomes-page').then((m) => m.OutcomesPage),
      },
      {
        path: 'templates',
        title: 'Templates · Beacon',
        loadComponent: () => import('./features/templates/templates-page').then((m) => m.TemplatesPage),
      },
      {
        path: 'staff',
        title: 'Staff · Beacon',
        canActivate: [manageStaffGuard],
        loadComponent: () => import('./features/staff/staff-page').then((m) => m.StaffPage),
      },
      {
        path: 'audit',
        title: 'Audit log · Beacon',
        canActivate: [ownerGuard],
        loadComponent: () => import('./features/audit/audit-page').then((m) => m.AuditPage),
      },
      {
        path: 'sent-email',
        title: 'Sent email · Beacon',
        canActivate: [ownerGuard],
        loadComponent: () => import('./features/notifications/sent-email-page').then((m) => m.SentEmailPage),
      },
      {
        path: 'simulator',
        title: 'Patient simulator · Beacon',
        loadComponent: () => import('./features/simulator/simulator-page').then((m) => m.SimulatorPage),
      },
    ],
  },
  { path: '**', redirectTo: 'inbox' },
];

import type { LocationMessagingSettings, StaffRole, WeeklyHours } from '../entities/index.js';

export const DEMO_PASSWORD = 'beacon-demo';
export const DEMO_INTEGRATION_KEY = 'demo-booking-system';

const weekdays = (open: string, close: string, sat?: [string, string]): WeeklyHours => ({
  '0': [],
  '1': [{ open, close }],
  '2': [{ open, close }],
  '3': [{ open, close }],
  '4': [{ open, close }],
  '5': [{ open, close }],
  '6': sat ? [{ open: sat[0], close: sat[1] }] : [],
});

const AUSTIN_MESSAGING: LocationMessagingSettings = { reminders: ['7d', '2h'], rebookingUrl: 'https://glow.example/book/austin' };
const SAN_DIEGO_MESSAGING: LocationMessagingSettings = { reminders: ['3d', 'same_day_morning'], sendingHours: { start: '09:00', end: '20:00' }, rebookingUrl: null };

export const DEMO_LOCATIONS = [
  {
    key: 'austin',
    name: 'Glow Aesthetics - Austin',
    timeZone: 'America/Chicago',
    phoneNumber: '+15125550100',
    address: '401 Congress Ave, Suite 200, Austin, TX 78701 (garage parking on 4th St)',
    businessHours: weekdays('09:00', '18:00', ['10:00', '15:00']),
    messagingSettings: AUSTIN_MESSAGING,
  },
  {
    key: 'san-diego',
    name: 'Glow Aesthetics - San Diego',
    timeZone: 'America/Los_Angeles',
    phoneNumber: '+16195550100',
    address: '1200 Prospect St, La Jolla, CA 92037 (free lot behind the building)',
    businessHours: weekdays('08:00', '19:00', ['09:00', '14:00']),
    messagingSettings: SAN_DIEGO_MESSAGING,
  },
] as const;

export const DEMO_STAFF: { email: string; name: string; role: StaffRole; locations: ('austin' | 'san-diego')[] }[] = [
  { email: 'owner@glow.test', name: 'Olivia Reyes', role: 'owner', locations: ['austin', 'san-diego'] },
  { email: 'frontdesk@glow.test', name: 'Frankie Dunn', role: 'front_desk', locations: ['austin', 'san-diego'] },
  { email: 'frontdesk.sd@glow.test', name: 'Sam Ortiz', role: 'front_desk', locations: ['san-diego'] },
  { email: 'provider@glow.test', name: 'Dr. Priya Lee', role: 'provider', locations: ['austin'] },
  { email: 'coordinator@glow.test', name: 'Casey Morgan', role: 'treatment_coordinator', locations: ['austin', 'san-diego'] },
  { email: 'assistant@glow.test', name: 'Alex Kim', role: 'medical_assistant', locations: ['austin'] },
];

const FIRST = ['Ava', 'Mia', 'Emma', 'Sophia', 'Isabella', 'Olivia', 'Harper', 'Ella', 'Camila', 'Luna', 'Chloe', 'Zoe', 'Nora', 'Lily', 'Grace', 'Aria', 'Riley', 'Layla', 'Maya', 'Lucia', 'James', 'Noah', 'Liam', 'Mateo', 'Ethan'];
const LAST = ['Garcia', 'Nguyen', 'Patel', 'Johnson', 'Martinez', 'Kim', 'Brown', 'Lopez', 'Wilson', 'Chen', 'Davis', 'Rivera', 'Clark', 'Hughes', 'Flores'];
export const DEMO_SERVICES = [
  { name: 'Botox', minutes: 30 },
  { name: 'Dermal filler', minutes: 60 },
  { name: 'HydraFacial', minutes: 60 },
  { name: 'Laser hair removal', minutes: 45 },
  { name: 'Chemical peel', minutes: 45 },
  { name: 'Consultation', minutes: 30 },
];
export const DEMO_PROVIDERS = { austin: ['Dr. Priya Lee', 'Nina Shah, NP'], 'san-diego': ['Dr. Marco Diaz', 'Jess Wong, RN'] } as const;

/** 50 fictional patients; numbers are in the 555-01xx range reserved for fiction. */
export function demoPatients(): { firstName: string; lastName: string; phone: string; location: 'austin' | 'san-diego' }[] {
  return Array.from({ length: 50 }, (_, i) => ({
    firstName: FIRST[i % FIRST.length] ?? 'Pat',
    lastName: LAST[(i * 7) % LAST.length] ?? 'Doe',
    phone: i < 25 ? `+1512555${String(110 + i).padStart(4, '0')}` : `+1619555${String(110 + i).padStart(4, '0')}`,
    location: i < 25 ? 'austin' : 'san-diego',
  }));
}

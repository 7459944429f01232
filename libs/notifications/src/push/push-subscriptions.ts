import type { PushDeviceView } from '@beacon/contracts';
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { EntityManager } from '@beacon/db';

/** One device (browser) a staff member turned notifications on for (the contract's shape: the API answers exactly it). */
export type PushDevice = PushDeviceView;

export interface PushSubscriptionInput {
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string | null;
}

interface DeviceRow {
  id: string;
  endpoint: string;
  user_agent_label: string | null;
  created_at: Date;
  last_success_at: Date | null;
}

const toDevice = (r: DeviceRow): PushDevice => ({
  id: r.id,
  endpoint: r.endpoint,
  label: r.user_agent_label,
  createdAt: new Date(r.created_at).toISOString(),
  lastSuccessAt: r.last_success_at ? new Date(r.last_success_at).toISOString() : null,
});

/**
 * Stores (or renews) a device's subscription for the person signed in on it. The endpoint is unique: a
 * browser that someone else had subscribed now belongs to the person subscribing (the device changed
 * hands), so pushes about the previous person's threads stop reaching it.
 */
export async function savePushSubscription(em: EntityManager, staff: { id: string; organizationId: string }, input: PushSubscriptionInput): Promise<PushDevice> {
  const [row] = await em.execute<DeviceRow[]>(
    `insert into push_subscription (id, organization_id, staff_id, endpoint, p256dh, auth, user_agent_label, created_at)
     values (?, ?, ?, ?, ?, ?, ?, now())
     on conflict (endpoint) do update set
       created_at = case when push_subscription.staff_id = excluded.staff_id then push_subscription.created_at else now() end,
       last_success_at = case when push_subscription.staff_id = excluded.staff_id then push_subscription.last_success_at end,
       organization_id = excluded.organization_id, staff_id = excluded.staff_id, p256dh = excluded.p256dh, auth = excluded.auth, user_agent_label = excluded.user_agent_label
     returning id, endpoint, user_agent_label, created_at, last_success_at`,
    [randomUUID(), staff.organizationId, staff.id, input.endpoint, input.p256dh, input.auth, input.label],
  );
  return toDevice(row!);
}

/** The person's devices, newest first. */
export async function listPushDevices(em: EntityManager, staffId: string): Promise<PushDevice[]> {
  const rows = await em.execute<DeviceRow[]>(
    `select id, endpoint, user_agent_label, created_at, last_success_at from push_subscription where staff_id = ? order by created_at desc, id`,
    [staffId],
  );
  return rows.map(toDevice);
}

/** Turns notifications off for one of the person's devices; false when it is not theirs (or gone already). */
export async function deletePushDevice(em: EntityManager, staffId: string, id: string): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(`delete from push_subscription where id = ? and staff_id = ? returning id`, [id, staffId]);
  return rows.length > 0;
}

/**
 * Why the worker must not post to this endpoint, or null. Push services are public https URLs; plain
 * http to this machine is accepted outside production only (a loopback push service in tests), and in
 * production no address on this machine or a private network is accepted (the worker would post there).
 */
export function pushEndpointProblem(endpoint: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'must be the https URL of a push service';
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const local = host === 'localhost' || host.endsWith('.localhost') || isLoopback(host);
  if (url.protocol === 'http:' && local && !production) return null;
  if (url.protocol !== 'https:') return 'must be the https URL of a push service';
  if (production && (local || isPrivateAddress(host))) return 'must be a public push service';
  return null;
}

const isLoopback = (host: string) => (isIP(host) === 4 && host.startsWith('127.')) || host === '::1';

function isPrivateAddress(host: string): boolean {
  if (isIP(host) === 4) {
    const [a, b] = host.split('.').map(Number) as [number, number];
    return a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (isIP(host) === 6) return /^(f[cd]|fe80|::ffff:)/i.test(host) || host === '::';
  return false;
}

/** A short name for a device from its User-Agent ("Chrome on Android"), so staff can tell their devices apart. */
export function deviceLabel(userAgent: string | undefined): string | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /(Chrome|Chromium|CriOS)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'Browser';
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone/.test(userAgent)
      ? 'iPhone'
      : /iPad/.test(userAgent)
        ? 'iPad'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(userAgent)
            ? 'Mac'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : null;
  return os ? `${browser} on ${os}` : browser;
}

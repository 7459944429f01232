import { recordAudit } from '@beacon/audit';
import { dataCipher, Organization, type EntityManager } from '@beacon/db';
import type { RetentionActivities, RetentionPurgeResult } from '@beacon/workflows/retention/definitions.js';

const BATCH = 1000;

/** Messages older than the organisation's retention period, deleted in batches (see RetentionActivities). */
export function createRetentionActivities(deps: { em: () => EntityManager; batchSize?: number; now?: () => Date }): RetentionActivities {
  const batchSize = deps.batchSize ?? BATCH;
  return {
    async purgeExpiredMessages({ organizationId }): Promise<RetentionPurgeResult> {
      const em = deps.em();
      const organization = await em.findOneOrFail(Organization, organizationId);
      const now = deps.now?.() ?? new Date();
      const cutoff = new Date(now);
      cutoff.setUTCFullYear(cutoff.getUTCFullYear() - organization.retentionYears);
      const totals = { messages: 0, searchTokens: 0, deliveryEvents: 0, previewsCleared: 0 };
      for (;;) {
        // One batch per transaction: a message and everything derived from it go together.
        const batch = await em.fork().transactional(async (tx) => {
          const rows = await tx.execute<{ id: string; provider_sid: string | null }[]>(
            `select m.id, m.provider_sid from message m join conversation c on c.id = m.conversation_id where c.organization_id = ? and m.created_at < ? order by m.created_at limit ?`,
            [organizationId, cutoff, batchSize],
          );
          const ids = rows.map((r) => r.id);
          const sids = `{${rows.flatMap((r) => (r.provider_sid ? [`"${r.provider_sid}"`] : [])).join(',')}}`;
          if (!ids.length) return null;
          const list = `{${ids.join(',')}}`;
          const tokens = await tx.execute(`delete from message_search_token where message_id = any(?::uuid[])`, [list], 'run');
          const events = await tx.execute(`delete from delivery_status_event where provider_sid = any(?::text[])`, [sids], 'run');
          const messages = await tx.execute(`delete from message where id = any(?::uuid[])`, [list], 'run');
          return { messages: affected(messages), searchTokens: affected(tokens), deliveryEvents: affected(events) };
        });
        if (!batch) break;
        totals.messages += batch.messages;
        totals.searchTokens += batch.searchTokens;
        totals.deliveryEvents += batch.deliveryEvents;
      }
      // A thread untouched since the cutoff still shows its last (now purged) text as a preview.
      const cleared = await em.execute(
        `update conversation set last_message_preview = ? where organization_id = ? and last_message_at < ? and last_message_preview <> ''`,
        [dataCipher().encrypt(''), organizationId, cutoff],
        'run',
      );
      totals.previewsCleared = affected(cleared);
      // Alerts name patients ("Jane asked to reschedule"); they and the emails about them go with the texts.
      const alerts = await em.fork().transactional(async (tx) => {
        await tx.execute(`delete from notification_email where organization_id = ? and created_at < ?`, [organizationId, cutoff], 'run');
        return affected(await tx.execute(`delete from staff_alert where organization_id = ? and created_at < ?`, [organizationId, cutoff], 'run'));
      });
      const result = { cutoff: cutoff.toISOString(), retentionYears: organization.retentionYears, ...totals, alerts };
      await recordAudit(em, { organizationId, action: 'retention.purge', actor: { staffId: null, label: 'retention schedule' }, details: { ...result } });
      return result;
    },
  };
}

function affected(result: unknown): number {
  return typeof result === 'object' && result !== null && 'affectedRows' in result ? Number((result as { affectedRows: number }).affectedRows) : 0;
}

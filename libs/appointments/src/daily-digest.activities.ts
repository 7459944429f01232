import { Appointment, Location, raiseStaffAlert, type EntityManager } from '@beacon/db';
import { localDayRange, localParts, shiftLocalDate } from '@beacon/scheduling';
import type { DigestActivities } from '@beacon/workflows/digest/definitions.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function createDigestActivities(deps: { em: () => EntityManager; now?: () => number }): DigestActivities {
  const now = deps.now ?? Date.now;
  return {
    async postDailyDigest({ locationId }) {
      const em = deps.em();
      const location = await em.findOneOrFail(Location, locationId);
      const tomorrow = shiftLocalDate(localParts(now(), location.timeZone), 1);
      const date = `${tomorrow.year}-${pad(tomorrow.month)}-${pad(tomorrow.day)}`;
      const { from, to } = localDayRange(tomorrow, location.timeZone);
      const appointments = await em.find(Appointment, { locationId, status: 'booked', startsAt: { $gte: new Date(from), $lt: new Date(to) } });
      const unconfirmed = appointments.filter((a) => a.confirmationStatus !== 'confirmed').length;
      const highRisk = appointments.filter((a) => a.confirmationStatus === 'high_risk').length;
      const result = { date, unconfirmed, highRisk, total: appointments.length };
      if (unconfirmed > 0) {
        const plural = unconfirmed === 1 ? 'appointment' : 'appointments';
        const risk = highRisk ? ` (${highRisk} high risk)` : '';
        await raiseStaffAlert(em, {
          organizationId: location.organizationId,
          locationId,
          appointmentId: null,
          patientId: null,
          kind: 'daily_digest',
          message: `${unconfirmed} unconfirmed ${plural} tomorrow${risk} of ${appointments.length} at ${location.name}.`,
          dedupeKey: `digest:${locationId}:${date}`,
        });
      }
      return result;
    },
  };
}

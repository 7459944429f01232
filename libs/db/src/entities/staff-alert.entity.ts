import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

import { STAFF_ALERT_KINDS, type StaffAlertKind } from '@beacon/contracts';

export { STAFF_ALERT_KINDS, type StaffAlertKind };

/** Something staff at a location should act on; raised by workflows, shown in the console. */
export const StaffAlert = defineEntity({
  name: 'StaffAlert',
  tableName: 'staff_alert',
  indexes: [{ properties: ['locationId', 'createdAt'] }],
  properties: {
    id: idColumn(),
    organizationId: p.uuid(),
    locationId: p.uuid(),
    appointmentId: p.uuid().nullable(),
    patientId: p.uuid().nullable(),
    kind: p.enum(STAFF_ALERT_KINDS),
    message: p.text(),
    /** Makes raising the same alert twice (activity retry) a no-op. */
    dedupeKey: p.string().unique(),
    acknowledgedAt: p.datetime().nullable(),
    acknowledgedBy: p.uuid().nullable(),
    createdAt: createdAtColumn(),
  },
});
export type IStaffAlert = InferEntity<typeof StaffAlert>;

// npm run audit:verify — recomputes every organisation's audit hash chain; exit 1 if one is broken.
import { verifyAuditTrail } from '@beacon/audit';
import { loadConfig } from '@beacon/config';
import { createOrm, Organization } from '@beacon/db';

const config = loadConfig();
const orm = await createOrm({ databaseUrl: config.DATABASE_URL });
let broken = 0;
try {
  const organisations = await orm.em.fork().find(Organization, {}, { orderBy: { name: 'asc' } });
  for (const chain of [...organisations.map((o) => ({ id: o.id as string | null, name: o.name })), { id: null, name: '(no organisation: unknown logins)' }]) {
    const result = await verifyAuditTrail(orm.em, chain.id);
    if (result.ok) console.log(`ok      ${chain.name}: ${result.checked} entries verified`);
    else {
      broken += 1;
      console.log(`BROKEN  ${chain.name}: entry ${result.firstBroken?.seq} (${result.firstBroken?.reason}) after ${result.checked} good entries`);
    }
  }
} finally {
  await orm.close();
}
process.exit(broken ? 1 : 0);

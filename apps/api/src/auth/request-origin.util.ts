import type { Request } from 'express';
import type { RequestOrigin } from './authenticated-staff.js';

/** The caller's address (behind a proxy: per Express `trust proxy`) and browser, for the audit trail. */
export function requestOrigin(req: Request): RequestOrigin {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 500) ?? null };
}

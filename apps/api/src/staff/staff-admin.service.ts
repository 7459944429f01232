import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Location, Staff, StaffSession, type EntityManager, type IStaff, type MikroORM, type StaffPermissions } from '@beacon/db';
import { hashPassword, newToken } from '@beacon/security';
import { PERMISSION_PRESETS, ROLE_LABELS, permissionDiff } from '@beacon/staff';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError, conflictOnDuplicate } from '../common/api-error.js';
import { SignupService } from '../onboarding/signup.service.js';
import { ORM } from '../core/tokens.js';
import type { CreateStaffInput, ResetPasswordInput, UpdateStaffInput, StaffMemberView, RolePreset } from '@beacon/contracts';
import { assertStaffSeat } from '@beacon/plans';

export type { StaffMemberView };

function present(s: IStaff): StaffMemberView {
  return {
    id: s.id,
    name: s.name,
    email: s.email,
    role: s.role,
    permissions: s.permissions,
    locationIds: s.locationIds,
    providerName: s.providerName ?? null,
    active: s.active,
    invitationPending: !s.emailVerifiedAt,
    createdAt: s.createdAt.toISOString(),
  };
}

const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'STAFF_NOT_FOUND', 'This staff member does not exist.');

/** Owners (manage staff) add people, change roles, permissions and locations, deactivate and reset passwords; all audited. */
@Injectable()
export class StaffAdminService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly audit: AuditService,
    private readonly signups: SignupService,
  ) {}

  presets(): RolePreset[] {
    return (Object.entries(PERMISSION_PRESETS) as [IStaff['role'], StaffPermissions][]).map(([role, permissions]) => ({ role, label: ROLE_LABELS[role], permissions }));
  }

  async list(actor: AuthenticatedStaff): Promise<StaffMemberView[]> {
    const rows = await this.orm.em.fork().find(Staff, { organizationId: actor.organizationId }, { orderBy: { active: 'desc', name: 'asc' } });
    return rows.map(present);
  }

  async create(actor: AuthenticatedStaff, input: CreateStaffInput): Promise<StaffMemberView> {
    const em = this.orm.em.fork();
    const email = input.email.trim().toLowerCase();
    await this.assertLocations(em, actor, input.locationIds);
    await assertStaffSeat(em, actor.organizationId);
    if (await em.findOne(Staff, { email })) {
      throw new ApiError(HttpStatus.CONFLICT, 'EMAIL_TAKEN', `There is already an account for ${email}. Edit that person instead.`);
    }
    const invited = input.password === undefined;
    const staff = em.create(Staff, {
      id: randomUUID(),
      organizationId: actor.organizationId,
      email,
      name: input.name,
      // An invited person cannot sign in until they choose a password through their link.
      passwordHash: await hashPassword(input.password ?? newToken()),
      emailVerifiedAt: invited ? null : new Date(),
      role: input.role,
      permissions: input.permissions ?? PERMISSION_PRESETS[input.role],
      locationIds: [...new Set(input.locationIds)],
      providerName: input.providerName || null,
      active: true,
      createdAt: new Date(),
    });
    await conflictOnDuplicate(() => em.flush(), () => new ApiError(HttpStatus.CONFLICT, 'EMAIL_TAKEN', `There is already an account for ${email}. Edit that person instead.`));
    await this.audit.recordStaffAction(actor, 'staff.create', {
      target: { type: 'staff', id: staff.id },
      details: { role: staff.role, permissions: staff.permissions, locationIds: staff.locationIds, invited },
    });
    if (invited) await this.signups.sendInvitation(staff, actor);
    return present(staff);
  }

  async update(actor: AuthenticatedStaff, staffId: string, input: UpdateStaffInput): Promise<StaffMemberView> {
    const em = this.orm.em.fork();
    const staff = await this.find(em, actor, staffId);
    if (input.locationIds) await this.assertLocations(em, actor, input.locationIds);
    const before = { ...present(staff) };
    // A role change without explicit flags takes the new role's preset.
    const permissions = input.permissions ?? (input.role && input.role !== staff.role ? PERMISSION_PRESETS[input.role] : staff.permissions);
    if (staff.id === actor.id && !permissions.manageStaff) {
      throw new ApiError(HttpStatus.CONFLICT, 'CANNOT_REMOVE_OWN_ADMIN', 'You cannot take away your own right to manage staff. Ask another owner to do it.');
    }
    if (input.name !== undefined) staff.name = input.name;
    if (input.role !== undefined) staff.role = input.role;
    if (input.locationIds !== undefined) staff.locationIds = [...new Set(input.locationIds)];
    if (input.providerName !== undefined) staff.providerName = input.providerName || null;
    staff.permissions = permissions;
    await em.flush();

    const flags = permissionDiff(before.permissions, staff.permissions);
    const changed: Record<string, unknown> = {};
    if (before.name !== staff.name) changed['name'] = true;
    if (before.role !== staff.role) changed['role'] = { from: before.role, to: staff.role };
    if (before.providerName !== (staff.providerName ?? null)) changed['providerName'] = true;
    const added = staff.locationIds.filter((l) => !before.locationIds.includes(l));
    const removed = before.locationIds.filter((l) => !staff.locationIds.includes(l));
    if (added.length || removed.length) changed['locationIds'] = { added, removed };
    const target = { type: 'staff', id: staff.id };
    if (Object.keys(changed).length) await this.audit.recordStaffAction(actor, 'staff.update', { target, details: changed });
    if (Object.keys(flags).length) await this.audit.recordStaffAction(actor, 'permissions.update', { target, details: { permissions: flags } });
    return present(staff);
  }

  async setActive(actor: AuthenticatedStaff, staffId: string, active: boolean): Promise<StaffMemberView> {
    const em = this.orm.em.fork();
    const staff = await this.find(em, actor, staffId);
    if (staff.id === actor.id && !active) {
      throw new ApiError(HttpStatus.CONFLICT, 'CANNOT_DEACTIVATE_SELF', 'You cannot deactivate your own account. Ask another owner to do it.');
    }
    if (staff.active === active) return present(staff);
    if (active) await assertStaffSeat(em, actor.organizationId);
    staff.active = active;
    await em.flush();
    if (!active) await this.revokeSessions(em, staff.id);
    await this.audit.recordStaffAction(actor, active ? 'staff.update' : 'staff.deactivate', { target: { type: 'staff', id: staff.id }, details: { active: { from: !active, to: active } } });
    return present(staff);
  }

  /** Sets a new password chosen by the owner and signs the person out everywhere. */
  async resetPassword(actor: AuthenticatedStaff, staffId: string, input: ResetPasswordInput): Promise<void> {
    const em = this.orm.em.fork();
    const staff = await this.find(em, actor, staffId);
    staff.passwordHash = await hashPassword(input.password);
    await em.flush();
    const revoked = await this.revokeSessions(em, staff.id);
    await this.audit.recordStaffAction(actor, 'auth.password_reset', { target: { type: 'staff', id: staff.id }, details: { sessionsRevoked: revoked } });
  }

  private async revokeSessions(em: EntityManager, staffId: string): Promise<number> {
    return em.nativeUpdate(StaffSession, { staffId, revokedAt: null }, { revokedAt: new Date() });
  }

  private async find(em: EntityManager, actor: AuthenticatedStaff, staffId: string): Promise<IStaff> {
    const staff = await em.findOne(Staff, { id: staffId, organizationId: actor.organizationId });
    if (!staff) throw notFound();
    return staff;
  }

  private async assertLocations(em: EntityManager, actor: AuthenticatedStaff, locationIds: string[]): Promise<void> {
    const found = await em.count(Location, { id: { $in: locationIds }, organizationId: actor.organizationId });
    if (found !== new Set(locationIds).size) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'LOCATION_UNKNOWN', 'One of the chosen locations does not belong to your practice. Pick locations from the list.');
    }
  }
}

import { HttpStatus, Injectable, SetMetadata, createParamDecorator, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiError } from '../common/api-error.js';
import { AuthService } from './auth.service.js';
import { requestOrigin } from './request-origin.util.js';
import { assertOwner, assertPermission, OWNER_ONLY_KEY, REQUIRED_PERMISSION_FOR_BODY_KEY, REQUIRED_PERMISSION_KEY, type BodyPermissionRule } from './require-permission.js';
import type { PermissionFlag } from '@beacon/staff';
import { SESSION_COOKIE, type AuthenticatedStaff } from './authenticated-staff.js';

const PUBLIC_KEY = 'beacon:public';
/** Marks an endpoint that authenticates some other way (webhook signature, HMAC) or not at all. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

type AuthedRequest = Request & { staff?: AuthenticatedStaff };

export const CurrentStaff = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthenticatedStaff => {
  const staff = ctx.switchToHttp().getRequest<AuthedRequest>().staff;
  if (!staff) throw new ApiError(HttpStatus.UNAUTHORIZED, 'NOT_SIGNED_IN', 'Please sign in.');
  return staff;
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Global guard: every endpoint needs a valid staff session unless marked @Public(), and the flags of @RequirePermission() / @RequirePermissionFor(). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()])) return true;
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const cookies = req.cookies as Record<string, string> | undefined;
    const staff = await this.auth.authenticate(cookies?.[SESSION_COOKIE], requestOrigin(req));
    if (!staff) throw new ApiError(HttpStatus.UNAUTHORIZED, 'NOT_SIGNED_IN', 'Your session has ended. Please sign in again.');
    req.staff = staff;
    const required = this.reflector.getAllAndOverride<PermissionFlag[] | undefined>(REQUIRED_PERMISSION_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (required?.length) assertPermission(staff, required);
    const forBody = this.reflector.getAllAndOverride<BodyPermissionRule | undefined>(REQUIRED_PERMISSION_FOR_BODY_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (forBody) assertPermission(staff, forBody(staff, isRecord(req.body) ? req.body : {}));
    const ownerOnly = this.reflector.getAllAndOverride<string | undefined>(OWNER_ONLY_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (ownerOnly) assertOwner(staff, ownerOnly);
    return true;
  }
}

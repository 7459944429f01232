/** What the plan allows for a send about to start. */
export interface AllowanceAnswer {
  /** Texts of this send beyond the month's allowance (0: within it). */
  overageTexts: number;
}

/**
 * Plan-limit seam: asked before a bulk send is previewed and started, with the number of texts it
 * would send. Usage metering implements it; until it is wired, everything is allowed.
 */
export interface AllowanceCheck {
  checkAllowance(organizationId: string, texts: number): Promise<AllowanceAnswer>;
}

export const ALLOW_EVERYTHING: AllowanceCheck = {
  checkAllowance: () => Promise.resolve({ overageTexts: 0 }),
};

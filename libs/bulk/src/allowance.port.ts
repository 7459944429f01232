/** What the plan allows for a send about to start. */
export interface AllowanceAnswer {
  /** Texts of this send beyond the month's allowance (0: within it). */
  overageTexts: number;
}

/**
 * Plan-limit seam: asked before a bulk send is previewed and started, with the texts it would send
 * (their segments are what the plan counts). The API wires it to usage metering (`@beacon/plans`
 * checkAllowance); the default, for tests of the send itself, allows everything.
 */
export interface AllowanceCheck {
  checkAllowance(organizationId: string, texts: readonly string[]): Promise<AllowanceAnswer>;
}

export const ALLOW_EVERYTHING: AllowanceCheck = {
  checkAllowance: () => Promise.resolve({ overageTexts: 0 }),
};

export enum InboxErrorCode {
  UnknownLocationNumber = 'UNKNOWN_LOCATION_NUMBER',
  InvalidPhoneNumber = 'INVALID_PHONE_NUMBER',
  ConversationNotFound = 'CONVERSATION_NOT_FOUND',
  /** No possible opt-out of this text is waiting for a decision in this thread. */
  OptOutReviewNotFound = 'OPT_OUT_REVIEW_NOT_FOUND',
  /** Someone else decided first. */
  OptOutReviewDecided = 'OPT_OUT_REVIEW_DECIDED',
}

export class InboxError extends Error {
  constructor(
    readonly code: InboxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InboxError';
  }
}

export enum InboxErrorCode {
  UnknownLocationNumber = 'UNKNOWN_LOCATION_NUMBER',
  InvalidPhoneNumber = 'INVALID_PHONE_NUMBER',
  ConversationNotFound = 'CONVERSATION_NOT_FOUND',
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

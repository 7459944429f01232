/** Why a bulk-send request was refused; the API maps each code to an HTTP status. */
export enum BulkErrorCode {
  NotFound = 'BULK_SEND_NOT_FOUND',
  LocationNotFound = 'BULK_LOCATION_NOT_FOUND',
  InvalidTemplate = 'BULK_INVALID_TEMPLATE',
  InvalidCriteria = 'BULK_INVALID_CRITERIA',
  NoRecipients = 'BULK_NO_RECIPIENTS',
  InvalidTransition = 'BULK_INVALID_TRANSITION',
  RequestIdConflict = 'BULK_REQUEST_ID_CONFLICT',
  AllowanceExceeded = 'BULK_ALLOWANCE_EXCEEDED',
}

export class BulkError extends Error {
  constructor(
    readonly code: BulkErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BulkError';
  }
}

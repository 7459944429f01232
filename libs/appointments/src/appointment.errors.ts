export enum AppointmentErrorCode {
  UnknownLocation = 'UNKNOWN_LOCATION',
}

export class AppointmentError extends Error {
  constructor(
    readonly code: AppointmentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppointmentError';
  }
}

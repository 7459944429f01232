import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Appointment, AppointmentDaySummary, AppointmentDetail } from './models';

@Injectable({ providedIn: 'root' })
export class AppointmentsApi {
  private readonly http = inject(HttpClient);

  /** Appointments at a location starting in [from, to) (ISO instants, at most 31 days apart), earliest first. */
  list(locationId: string, from: string, to: string): Observable<Appointment[]> {
    return this.http.get<Appointment[]>('/api/appointments', { params: { locationId, from, to } });
  }

  /** Counts for one calendar day (YYYY-MM-DD) in the location's time zone. */
  summary(locationId: string, date: string): Observable<AppointmentDaySummary> {
    return this.http.get<AppointmentDaySummary>('/api/appointments/summary', { params: { locationId, date } });
  }

  /** One appointment with its workflow timeline and the patient's conversation id. */
  get(appointmentId: string): Observable<AppointmentDetail> {
    return this.http.get<AppointmentDetail>(`/api/appointments/${encodeURIComponent(appointmentId)}`);
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { SimulatorInboundRequest, SimulatorInboundResponse, SimulatorThread } from './models';

/** The SMS simulator (only served by the API when Twilio is not configured). */
@Injectable({ providedIn: 'root' })
export class SimulatorApi {
  private readonly http = inject(HttpClient);

  threads(): Observable<SimulatorThread[]> {
    return this.http.get<SimulatorThread[]>('/api/simulator/threads');
  }

  /** Pretend a patient's phone texted the clinic. */
  sendInbound(body: SimulatorInboundRequest): Observable<SimulatorInboundResponse> {
    return this.http.post<SimulatorInboundResponse>('/api/simulator/inbound', body);
  }
}

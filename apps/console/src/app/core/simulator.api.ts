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

  /** A picture the simulated patient will send (then pass its id in `mediaIds`). */
  uploadPicture(file: File): Observable<{ id: string; url: string }> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<{ id: string; url: string }>('/api/simulator/media', form);
  }

  /** Pretend a patient's phone texted the clinic. */
  sendInbound(body: SimulatorInboundRequest): Observable<SimulatorInboundResponse> {
    return this.http.post<SimulatorInboundResponse>('/api/simulator/inbound', body);
  }
}

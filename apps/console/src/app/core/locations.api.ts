import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Location } from './models';

@Injectable({ providedIn: 'root' })
export class LocationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Location[]> {
    return this.http.get<Location[]>('/api/locations');
  }

  create(body: Omit<Location, 'id'>): Observable<Location> {
    return this.http.post<Location>('/api/locations', body);
  }

  update(id: string, body: Partial<Omit<Location, 'id'>>): Observable<Location> {
    return this.http.patch<Location>(`/api/locations/${encodeURIComponent(id)}`, body);
  }
}

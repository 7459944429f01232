import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { SearchResults } from '@beacon/contracts';

export type { SearchResults };

@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  search(q: string, locationId: string, cursor?: string | null): Observable<SearchResults> {
    return this.http.get<SearchResults>('/api/search', { params: { q, locationId, ...(cursor ? { cursor } : {}) } });
  }
}

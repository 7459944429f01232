import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { dataCipher } from '../encryption/encrypted-text.type.js';
import { Conversation } from '../entities/conversation.entity.js';
import { MessageSearchToken } from '../entities/search-token.entity.js';
import { messageTerms, patientTerms } from './search-terms.util.js';

/** The stored form of a term: its keyed hash under the active index key (HMAC-SHA256, 16 bytes, base64url). */
export function searchToken(term: string): string {
  return dataCipher().blindIndex(term).toString('base64url');
}

/** What a search looks for: the term under every configured index key, so rows not yet re-indexed after a key rotation still match. */
export function searchLookupTokens(term: string): string[] {
  return dataCipher()
    .blindIndexes(term)
    .map((t) => t.toString('base64url'));
}

/** A Postgres `text[]` literal of the lookup tokens of every alternative of one query term. */
export function lookupTokenArray(alternatives: readonly string[]): string {
  return `{${alternatives.flatMap(searchLookupTokens).map((token) => `"${token}"`).join(',')}}`;
}

export function messageSearchTokens(body: string): string[] {
  return messageTerms(body).map(searchToken);
}

export function patientSearchTokens(patient: { firstName: string; lastName: string; phone: string }): string[] {
  return patientTerms(patient).map(searchToken);
}

/**
 * Keeps the search index in step with the data, inside the same flush (so in the same transaction):
 * every new message gets its body's tokens, every new or renamed patient its name/phone tokens.
 * Any code path that creates messages through the ORM is indexed without knowing about search.
 */
export class SearchIndexSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    for (const cs of uow.getChangeSets()) {
      if (cs.meta.className === 'Message' && cs.type === ChangeSetType.CREATE) {
        const message = cs.entity as unknown as { id: string; conversationId: string; body: string; createdAt: Date };
        // Usually the thread is loaded (or created in this same flush, possibly after the tokens):
        // take its location from memory; otherwise the insert trigger looks it up.
        const conversation = uow.getById(Conversation, message.conversationId);
        const locationId = conversation?.locationId ?? null;
        for (const token of new Set(messageSearchTokens(message.body))) {
          const row = em.create(MessageSearchToken, { messageId: message.id, token, conversationId: message.conversationId, locationId, createdAt: message.createdAt }, { persist: false });
          uow.computeChangeSet(row);
        }
      } else if (cs.meta.className === 'Patient' && (cs.type === ChangeSetType.CREATE || cs.type === ChangeSetType.UPDATE)) {
        const changed = cs.type === ChangeSetType.CREATE || 'firstName' in cs.payload || 'lastName' in cs.payload || 'phone' in cs.payload;
        if (!changed) continue;
        const patient = cs.entity as unknown as { firstName: string; lastName: string; phone: string; searchTokens: string[] };
        patient.searchTokens = patientSearchTokens(patient);
        uow.recomputeSingleChangeSet(cs.entity);
      }
    }
  }
}

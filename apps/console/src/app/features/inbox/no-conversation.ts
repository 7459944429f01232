import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { PendingTemplate } from '../compose/compose.api';
import { InboxStore } from './inbox-store';

@Component({
  selector: 'bcn-no-conversation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="empty-state">
      @if (pendingTemplate(); as t) {
        <strong>Pick a conversation for “{{ t.name }}”</strong>
        <span>Select a patient on the left (search finds anyone): the template opens in their reply box, filled in.</span>
      } @else if (hasConversations()) {
        <strong>Pick a conversation</strong>
        <span>Select a patient on the left to read the conversation. New messages appear on their own.</span>
      } @else {
        <span>When a patient texts this location, or the clinic texts a patient, the conversation opens here.</span>
      }
    </div>
  `,
  styles: `
    :host {
      display: grid;
      place-items: center;
      height: 100%;
    }
  `,
})
export class NoConversation {
  private readonly store = inject(InboxStore);
  protected readonly hasConversations = computed(() => this.store.conversations().length > 0);
  protected readonly pendingTemplate = inject(PendingTemplate).template;
}

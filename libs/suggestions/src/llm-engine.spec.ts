import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeOpenAiServer } from '../../../test/support/fake-openai-server.js';
import { LlmSuggestionEngine } from './llm-engine.js';
import { suggestReplies } from './smart-replies.js';
import { demoContext } from './test-context.js';

describe('LLM smart replies through the official SDK against a loopback OpenAI-compatible server', () => {
  const server = new FakeOpenAiServer();
  let engine: LlmSuggestionEngine;
  const request = {
    messageText: 'Can I bring my sister Thursday? my cell is 512-555-0199, email maria.gomez@example.com',
    intent: 'bring_guest',
    context: demoContext(),
  };

  beforeAll(async () => {
    await server.start();
    engine = new LlmSuggestionEngine({ apiKey: 'test-key', baseURL: server.baseURL, model: 'clinic-model', timeoutMs: 500 });
  });
  afterAll(() => server.stop());

  it('returns the model’s valid replies and sends a minimal prompt', async () => {
    server.next = {
      content: JSON.stringify({
        suggestions: [
          'Of course, Maria! Your sister is welcome on Thu, Dec 3 at 2:30 PM.',
          'Absolutely, bring her along! See you Thursday.',
          'Sure! Would your sister like to book a treatment too?',
          'Yes! Guests are welcome, and we have free parking in the garage behind the building.',
        ],
      }),
    };
    const result = await suggestReplies(request, engine);
    expect(result.engine).toBe('llm');
    expect(result.suggestions.map((s) => s.text)).toEqual([
      'Of course, Maria! Your sister is welcome on Thu, Dec 3 at 2:30 PM.',
      'Absolutely, bring her along! See you Thursday.',
      'Sure! Would your sister like to book a treatment too?',
      'Yes! Guests are welcome, and we have free parking in the garage behind the building.',
    ]);
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.authorization).toBe('Bearer test-key');
    expect(sent.body['model']).toBe('clinic-model');
    expect(sent.body['response_format']).toMatchObject({ type: 'json_schema' });
    const prompt = JSON.stringify(sent.body['messages']);
    expect(prompt).toContain('Maria');
    expect(prompt).not.toMatch(/555-0199|maria\.gomez|Gomez/);
  });

  it('drops invented prices and falls back when too few replies remain', async () => {
    server.next = { content: JSON.stringify({ suggestions: ['Botox is $9 a unit today!', 'We have 30% off this week.', 'Sure, bring her!'] }) };
    const result = await suggestReplies({ ...request, intent: 'pricing', messageText: 'how much is botox' }, engine);
    expect(result.engine).toBe('embedded');
    expect(result.fallbackReason).toMatch(/^too_few_valid/);
    expect(result.suggestions.map((s) => s.text).join(' ')).not.toMatch(/\$9|30%/);
  });

  it('falls back to the embedded engine when the model is slow', async () => {
    server.next = { delayMs: 1_500, content: JSON.stringify({ suggestions: ['a', 'b', 'c'] }) };
    const started = Date.now();
    const result = await suggestReplies(request, engine);
    expect(result.engine).toBe('embedded');
    expect(result.fallbackReason).toMatch(/^timeout/);
    expect(result.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('falls back on a server error or output that is not the expected JSON', async () => {
    server.next = { status: 500 };
    expect((await suggestReplies(request, engine)).fallbackReason).toMatch(/^request_failed/);
    server.next = { content: 'Sure! Here are some ideas: 1. Yes 2. No' };
    expect((await suggestReplies(request, engine)).fallbackReason).toMatch(/^invalid_output/);
  });

  it('uses the embedded engine when no model is configured', async () => {
    const before = server.requests.length;
    const result = await suggestReplies(request, null);
    expect(result.engine).toBe('embedded');
    expect(result.fallbackReason).toBeUndefined();
    expect(server.requests.length).toBe(before);
  });
});

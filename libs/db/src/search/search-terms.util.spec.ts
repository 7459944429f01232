import { messageTerms, patientTerms, queryTerms, textHasWordPrefix } from './search-terms.util.js';

/** True when every query term has an alternative among the indexed terms — what the search does. */
function finds(body: string, query: string): boolean {
  const indexed = new Set(messageTerms(body));
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((t) => t.alternatives.some((a) => indexed.has(a)) && (!t.verifyPrefix || textHasWordPrefix(body, t.verifyPrefix)));
}

describe('search terms', () => {
  it('finds a word regardless of case, punctuation and accents', () => {
    expect(finds('Can I get BOTOX!', 'botox')).toBe(true);
    expect(finds('Merci pour le café', 'cafe')).toBe(true);
    expect(finds("Jordan's filler appointment", 'jordan')).toBe(true);
  });

  it('matches plurals and -ing forms of the same word', () => {
    expect(finds('Two fillers please', 'filler')).toBe(true);
    expect(finds('About my booking', 'book')).toBe(true);
  });

  it('finds a word while it is still being typed', () => {
    expect(finds('Botox on Friday', 'bot')).toBe(true);
    expect(finds('Rescheduling my appointment', 'appoin')).toBe(true);
    expect(finds('Rescheduling my appointment', 'appointm')).toBe(true);
  });

  it('requires every word of the query', () => {
    expect(finds('Botox on Friday', 'botox friday')).toBe(true);
    expect(finds('Botox on Friday', 'botox monday')).toBe(false);
    expect(finds('Botox on Friday', 'bo')).toBe(false);
  });

  it('ignores common words and does not match inside words', () => {
    expect(queryTerms('the and you')).toEqual([]);
    expect(finds('Tomorrow works', 'morrow')).toBe(false);
  });

  it('indexes patient phones by full number and last four digits', () => {
    const terms = new Set(patientTerms({ firstName: 'Jordan', lastName: 'Avery', phone: '+15125550199' }));
    expect(queryTerms('0199')[0]!.alternatives.some((a) => terms.has(a))).toBe(true);
    expect(queryTerms('(512) 555-0199')[0]!.alternatives.some((a) => terms.has(a))).toBe(true);
    expect(queryTerms('jor')[0]!.alternatives.some((a) => terms.has(a))).toBe(true);
  });
});

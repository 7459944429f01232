import { fillTemplate, templateVariables } from './message-engine.js';
import { OPT_OUT_LANGUAGE, STARTER_TEMPLATES, TEMPLATE_CATEGORIES } from './starter-templates.js';

const KNOWN = ['firstName', 'appointmentTime', 'providerName', 'locationName', 'locationPhone'];
const VALUES = { firstName: 'Jordan', appointmentTime: 'Tue, Dec 1 at 3:30 PM', providerName: 'Dr. Priya Lee', locationName: 'Glow Aesthetics - Austin', locationPhone: '(512) 555-0100' };

describe('starter template library', () => {
  it('has 20+ templates covering every category, with unique keys', () => {
    expect(STARTER_TEMPLATES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(STARTER_TEMPLATES.map((t) => t.category))).toEqual(new Set(TEMPLATE_CATEGORIES));
    expect(new Set(STARTER_TEMPLATES.map((t) => t.key)).size).toBe(STARTER_TEMPLATES.length);
  });

  it.each(STARTER_TEMPLATES.map((t) => [t.key, t] as const))('%s uses only known variables, fills completely and fits in 2 SMS segments', (_key, t) => {
    expect(templateVariables(t.body).filter((v) => !KNOWN.includes(v))).toEqual([]);
    const filled = fillTemplate(t.body, VALUES, KNOWN);
    expect(filled.missing).toEqual([]);
    expect(filled.text.length).toBeLessThanOrEqual(306);
    // Never asks patients to reply CANCEL (a legal opt-out word), see COMPLIANCE.md.
    expect(filled.text).not.toMatch(/reply cancel/i);
  });

  it('puts opt-out language in every marketing template', () => {
    const marketing = STARTER_TEMPLATES.filter((t) => t.kind === 'marketing');
    expect(marketing.length).toBeGreaterThan(5);
    expect(marketing.filter((t) => !t.body.includes(OPT_OUT_LANGUAGE)).map((t) => t.key)).toEqual([]);
  });
});

import { fillTemplate, hasTemplateSyntax, renderWithValues, templateVariables } from './message-engine.js';

const KNOWN = ['firstName', 'appointmentTime', 'providerName', 'locationName', 'locationPhone'];

describe('fillTemplate', () => {
  it('fills every variable it has a value for', () => {
    const filled = fillTemplate('Hi {{firstName}}, see you {{appointmentTime}} with {{providerName}}.', { firstName: 'Jordan', appointmentTime: 'Tue, Dec 1 at 3:30 PM', providerName: 'Dr. Priya Lee' }, KNOWN);
    expect(filled).toEqual({ text: 'Hi Jordan, see you Tue, Dec 1 at 3:30 PM with Dr. Priya Lee.', missing: [] });
  });

  it('leaves a variable without a value visible and lists it, instead of sending a blank', () => {
    const filled = fillTemplate('Hi {{firstName}}, your visit is {{appointmentTime}}.', { firstName: 'Jordan', appointmentTime: null }, KNOWN);
    expect(filled).toEqual({ text: 'Hi Jordan, your visit is {{appointmentTime}}.', missing: ['appointmentTime'] });
    expect(hasTemplateSyntax(filled.text)).toBe(true);
  });

  it('flags variables Beacon does not know', () => {
    expect(fillTemplate('Your code is {{couponCode}}', { couponCode: 'X' }, KNOWN).missing).toEqual(['couponCode']);
  });

  it('inserts values literally: template syntax inside a patient name is not evaluated', () => {
    const filled = fillTemplate('Hi {{firstName}}!', { firstName: '{{locationPhone}} <b>' }, KNOWN);
    expect(filled.text).toBe('Hi {{locationPhone}} <b>!');
  });

  it('reads variables used in conditions too', () => {
    expect(templateVariables('{% if firstName %}Hi {{firstName}}{% endif %} at {{locationName}}')).toEqual(['firstName', 'locationName']);
  });

  it('refuses to render with a missing value rather than printing nothing', () => {
    expect(() => renderWithValues('Hi {{firstName}}', {})).toThrow();
  });
});

import { alertPatientLabel } from './patient-label.util.js';

describe('alertPatientLabel', () => {
  it('is the first name and last initial', () => {
    expect(alertPatientLabel({ firstName: 'Alex', lastName: 'test', phone: '+15125550181' })).toBe('Alex T.');
    expect(alertPatientLabel({ firstName: ' Zoë ', lastName: 'Émile', phone: '+15125550181' })).toBe('Zoë É.');
  });

  it('falls back to what we know: a first name alone, a last name alone, the end of the number', () => {
    expect(alertPatientLabel({ firstName: 'Alex', lastName: '', phone: '+15125550181' })).toBe('Alex');
    expect(alertPatientLabel({ firstName: '', lastName: 'Nguyen', phone: '+15125550181' })).toBe('Nguyen');
    expect(alertPatientLabel({ firstName: '', lastName: '', phone: '+15125550181' })).toBe('Unnamed contact …0181');
  });
});

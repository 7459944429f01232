/**
 * How an alert names its patient to staff: first name and last initial ("Alex T."), enough to find the
 * thread without spelling out a full name on a shared screen. A contact we only know by number is
 * "Unnamed contact …0181".
 */
export function alertPatientLabel(patient: { firstName: string; lastName: string; phone: string }): string {
  const first = patient.firstName.trim();
  const initial = [...patient.lastName.trim()][0];
  if (first) return initial ? `${first} ${initial.toUpperCase()}.` : first;
  if (initial) return patient.lastName.trim();
  return `Unnamed contact …${patient.phone.slice(-4)}`;
}

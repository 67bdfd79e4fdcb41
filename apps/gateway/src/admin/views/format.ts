/** Formatting shared by the console's pages: times in Dutch, in the Netherlands' time zone. */
const TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
  timeStyle: 'medium',
});

export function tijd(at: Date | null | undefined): string {
  return at ? TIME.format(at) : '—';
}

export function richting(direction: string): string {
  return direction === 'in' ? 'inkomend' : 'uitgaand';
}

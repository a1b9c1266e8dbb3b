/** The three leaders whose journeys the first collection follows. */
export const LEADER_SEED = [
  { slug: 'kim-il-sung', name: 'Kim Il Sung', nativeName: '김일성' },
  { slug: 'kim-jong-il', name: 'Kim Jong Il', nativeName: '김정일' },
  { slug: 'kim-jong-un', name: 'Kim Jong Un', nativeName: '김정은' },
] as const

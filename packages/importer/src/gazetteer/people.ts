// Counterparts met on the trips of the seed documents, with dated offices for the no-office-on-date check.
import type { TGazetteerPerson } from './types'

export const PEOPLE: TGazetteerPerson[] = [
  {
    slug: 'joseph-stalin',
    name: 'Joseph Stalin',
    nativeName: 'Иосиф Сталин',
    alternateNames: ['Iosif Stalin', 'Joseph Vissarionovich Stalin', 'J. V. Stalin', 'Filippov'],
    offices: [
      {
        title: 'General Secretary of the Communist Party of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1922, month: 4, day: 3 },
        to: { year: 1952, month: 10, day: 16 },
      },
      {
        title: "Chairman of the Council of People's Commissars of the Soviet Union",
        polity: 'soviet-union',
        from: { year: 1941, month: 5, day: 6 },
        to: { year: 1946, month: 3, day: 19 },
      },
      {
        title: 'Chairman of the Council of Ministers of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1946, month: 3, day: 19 },
        to: { year: 1953, month: 3, day: 5 },
      },
    ],
  },
  {
    slug: 'anastas-mikoyan',
    name: 'Anastas Mikoyan',
    nativeName: 'Анастас Микоян',
    alternateNames: ['Anastas Mikojan', 'A. I. Mikoyan'],
    offices: [
      {
        title: 'Deputy Chairman of the Council of Ministers of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1946, month: 3, day: 19 },
        to: { year: 1953, month: 3, day: 15 },
      },
      {
        title: 'Minister of Foreign Trade of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1946, month: 3, day: 19 },
        to: { year: 1949, month: 3, day: 4 },
      },
      {
        title: 'First Deputy Chairman of the Council of Ministers of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1955, month: 2, day: 28 },
        to: { year: 1964, month: 7, day: 15 },
      },
    ],
  },
  {
    slug: 'andrei-gromyko',
    name: 'Andrei Gromyko',
    nativeName: 'Андрей Громыко',
    alternateNames: ['Andrey Gromyko', 'A. A. Gromyko'],
    offices: [
      {
        title: 'Deputy Minister of Foreign Affairs of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1946, month: 12, day: 29 },
        to: { year: 1949 },
      },
      {
        title: 'First Deputy Minister of Foreign Affairs of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1949 },
        to: { year: 1952, month: 6 },
      },
      {
        title: 'Minister of Foreign Affairs of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1957, month: 2, day: 15 },
        to: { year: 1985, month: 7, day: 2 },
      },
    ],
  },
  {
    slug: 'georgy-malenkov',
    name: 'Georgy Malenkov',
    nativeName: 'Георгий Маленков',
    alternateNames: ['Georgii Malenkov', 'G. M. Malenkov'],
    offices: [
      {
        title: 'Premier of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1953, month: 3, day: 5 },
        to: { year: 1955, month: 2, day: 8 },
      },
    ],
  },
  {
    slug: 'nikita-khrushchev',
    name: 'Nikita Khrushchev',
    nativeName: 'Никита Хрущёв',
    alternateNames: ['Nikita Khrushchov', 'Nikita Sergeyevich Khrushchev', 'N. S. Khrushchev'],
    offices: [
      {
        title: 'First Secretary of the Communist Party of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1953, month: 9, day: 7 },
        to: { year: 1964, month: 10, day: 14 },
      },
      {
        title: 'Chairman of the Council of Ministers of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1958, month: 3, day: 27 },
        to: { year: 1964, month: 10, day: 14 },
      },
    ],
  },
  {
    slug: 'leonid-brezhnev',
    name: 'Leonid Brezhnev',
    nativeName: 'Леонид Брежнев',
    alternateNames: ['Leonid Ilyich Brezhnev', 'L. I. Brezhnev'],
    offices: [
      {
        title: 'Chairman of the Presidium of the Supreme Soviet of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1960, month: 5, day: 7 },
        to: { year: 1964, month: 7, day: 15 },
      },
      {
        title: 'First Secretary of the Communist Party of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1964, month: 10, day: 14 },
        to: { year: 1966, month: 4, day: 8 },
      },
      {
        title: 'General Secretary of the Communist Party of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1966, month: 4, day: 8 },
        to: { year: 1982, month: 11, day: 10 },
      },
      {
        title: 'Chairman of the Presidium of the Supreme Soviet of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1977, month: 6, day: 16 },
        to: { year: 1982, month: 11, day: 10 },
      },
    ],
  },
  {
    slug: 'konstantin-chernenko',
    name: 'Konstantin Chernenko',
    nativeName: 'Константин Черненко',
    alternateNames: ['K. U. Chernenko'],
    offices: [
      {
        title: 'General Secretary of the Communist Party of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1984, month: 2, day: 13 },
        to: { year: 1985, month: 3, day: 10 },
      },
      {
        title: 'Chairman of the Presidium of the Supreme Soviet of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1984, month: 4, day: 11 },
        to: { year: 1985, month: 3, day: 10 },
      },
    ],
  },
  {
    slug: 'mikhail-gorbachev',
    name: 'Mikhail Gorbachev',
    nativeName: 'Михаил Горбачёв',
    alternateNames: ['Mikhail Gorbachov', 'M. S. Gorbachev'],
    offices: [
      {
        title: 'General Secretary of the Communist Party of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1985, month: 3, day: 11 },
        to: { year: 1991, month: 8, day: 24 },
      },
      {
        title: 'Chairman of the Presidium of the Supreme Soviet of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1988, month: 10, day: 1 },
        to: { year: 1989, month: 5, day: 25 },
      },
      {
        title: 'Chairman of the Supreme Soviet of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1989, month: 5, day: 25 },
        to: { year: 1990, month: 3, day: 15 },
      },
      {
        title: 'President of the Soviet Union',
        polity: 'soviet-union',
        from: { year: 1990, month: 3, day: 15 },
        to: { year: 1991, month: 12, day: 25 },
      },
    ],
  },
  {
    slug: 'vladimir-putin',
    name: 'Vladimir Putin',
    nativeName: 'Владимир Путин',
    alternateNames: ['Vladimir Vladimirovich Putin'],
    offices: [
      {
        title: 'President of Russia',
        polity: 'russia',
        from: { year: 2000, month: 5, day: 7 },
        to: { year: 2008, month: 5, day: 7 },
      },
      {
        title: 'Prime Minister of Russia',
        polity: 'russia',
        from: { year: 2008, month: 5, day: 8 },
        to: { year: 2012, month: 5, day: 7 },
      },
      { title: 'President of Russia', polity: 'russia', from: { year: 2012, month: 5, day: 7 } },
    ],
  },
  {
    slug: 'mao-zedong',
    name: 'Mao Zedong',
    nativeName: '毛泽东',
    alternateNames: ['Mao Tse-tung', 'Mao Tsetung'],
    offices: [
      {
        title: 'Chairman of the Chinese Communist Party',
        polity: 'china',
        from: { year: 1943, month: 3, day: 20 },
        to: { year: 1976, month: 9, day: 9 },
      },
      {
        title: "Chairman of the Central People's Government",
        polity: 'china',
        from: { year: 1949, month: 10, day: 1 },
        to: { year: 1954, month: 9, day: 27 },
      },
      {
        title: "Chairman of the People's Republic of China",
        polity: 'china',
        from: { year: 1954, month: 9, day: 27 },
        to: { year: 1959, month: 4, day: 27 },
      },
    ],
  },
  {
    slug: 'zhou-enlai',
    name: 'Zhou Enlai',
    nativeName: '周恩来',
    alternateNames: ['Chou En-lai', 'Chou Enlai'],
    offices: [
      {
        title: "Premier of the People's Republic of China",
        polity: 'china',
        from: { year: 1949, month: 10, day: 1 },
        to: { year: 1976, month: 1, day: 8 },
      },
      {
        title: "Minister of Foreign Affairs of the People's Republic of China",
        polity: 'china',
        from: { year: 1949, month: 10, day: 1 },
        to: { year: 1958, month: 2, day: 11 },
      },
    ],
  },
  {
    slug: 'deng-xiaoping',
    name: 'Deng Xiaoping',
    nativeName: '邓小平',
    alternateNames: ["Teng Hsiao-p'ing", 'Teng Hsiao-ping'],
    offices: [
      {
        title: "Chairman of the Chinese People's Political Consultative Conference",
        polity: 'china',
        from: { year: 1978, month: 3, day: 8 },
        to: { year: 1983, month: 6, day: 17 },
      },
      {
        title: 'Chairman of the Central Military Commission',
        polity: 'china',
        from: { year: 1981, month: 6, day: 28 },
        to: { year: 1989, month: 11, day: 9 },
      },
    ],
  },
  {
    slug: 'hu-yaobang',
    name: 'Hu Yaobang',
    nativeName: '胡耀邦',
    alternateNames: ['Hu Yao-pang'],
    offices: [
      {
        title: 'General Secretary of the Chinese Communist Party',
        polity: 'china',
        from: { year: 1980, month: 2, day: 29 },
        to: { year: 1987, month: 1, day: 16 },
      },
      {
        title: 'Chairman of the Chinese Communist Party',
        polity: 'china',
        from: { year: 1981, month: 6, day: 29 },
        to: { year: 1982, month: 9, day: 12 },
      },
    ],
  },
  {
    slug: 'zhao-ziyang',
    name: 'Zhao Ziyang',
    nativeName: '赵紫阳',
    alternateNames: ['Chao Tzu-yang'],
    offices: [
      {
        title: "Premier of the People's Republic of China",
        polity: 'china',
        from: { year: 1980, month: 9, day: 10 },
        to: { year: 1987, month: 11, day: 24 },
        cite: [{ source: 'ref-zhao-ziyang' }],
      },
      {
        title: 'Acting General Secretary of the Chinese Communist Party',
        polity: 'china',
        from: { year: 1987, month: 1, day: 16 },
        to: { year: 1987, month: 11, day: 1 },
        cite: [{ source: 'ref-zhao-ziyang' }],
      },
      {
        title: 'General Secretary of the Chinese Communist Party',
        polity: 'china',
        from: { year: 1987, month: 11, day: 1 },
        to: { year: 1989, month: 6, day: 23 },
        cite: [{ source: 'ref-zhao-ziyang' }],
      },
    ],
  },
  {
    slug: 'yang-shangkun',
    name: 'Yang Shangkun',
    nativeName: '杨尚昆',
    alternateNames: ["Yang Shang-k'un", 'Yang Shang-kun'],
    offices: [
      {
        title: "President of the People's Republic of China",
        polity: 'china',
        from: { year: 1988, month: 4, day: 8 },
        to: { year: 1993, month: 3, day: 27 },
      },
    ],
  },
  {
    slug: 'xi-jinping',
    name: 'Xi Jinping',
    nativeName: '习近平',
    alternateNames: ['Xi Jin-ping'],
    offices: [
      {
        title: 'General Secretary of the Chinese Communist Party',
        polity: 'china',
        from: { year: 2012, month: 11, day: 15 },
      },
      {
        title: "President of the People's Republic of China",
        polity: 'china',
        from: { year: 2013, month: 3, day: 14 },
      },
    ],
  },
  {
    slug: 'wilhelm-pieck',
    name: 'Wilhelm Pieck',
    alternateNames: [],
    offices: [
      {
        title: 'President of East Germany',
        polity: 'east-germany',
        from: { year: 1949, month: 10, day: 11 },
        to: { year: 1960, month: 9, day: 7 },
      },
    ],
  },
  {
    slug: 'otto-grotewohl',
    name: 'Otto Grotewohl',
    alternateNames: [],
    offices: [
      {
        title: 'Prime Minister of East Germany',
        polity: 'east-germany',
        from: { year: 1949, month: 10, day: 12 },
        to: { year: 1964, month: 9, day: 21 },
      },
    ],
  },
  {
    // The painter shown talking with Kim in a photograph of the list's 1956 East German visit.
    slug: 'otto-nagel',
    name: 'Otto Nagel',
    alternateNames: [],
    offices: [],
  },
  {
    slug: 'erich-honecker',
    name: 'Erich Honecker',
    alternateNames: [],
    offices: [
      {
        title: 'First Secretary of the Socialist Unity Party of Germany',
        polity: 'east-germany',
        from: { year: 1971, month: 5, day: 3 },
        to: { year: 1976, month: 5, day: 22 },
      },
      {
        title: 'General Secretary of the Socialist Unity Party of Germany',
        polity: 'east-germany',
        from: { year: 1976, month: 5, day: 22 },
        to: { year: 1989, month: 10, day: 18 },
      },
      {
        title: 'Chairman of the State Council of East Germany',
        polity: 'east-germany',
        from: { year: 1976, month: 10, day: 29 },
        to: { year: 1989, month: 10, day: 18 },
      },
    ],
  },
  {
    slug: 'gheorghe-gheorghiu-dej',
    name: 'Gheorghe Gheorghiu-Dej',
    alternateNames: ['Gheorghiu-Dej'],
    offices: [
      {
        title: 'General Secretary of the Romanian Communist Party',
        polity: 'romania',
        from: { year: 1944, month: 10, day: 2 },
        to: { year: 1954, month: 4, day: 19 },
      },
      {
        title: 'Chairman of the Council of Ministers of Romania',
        polity: 'romania',
        from: { year: 1952, month: 6, day: 2 },
        to: { year: 1955, month: 10, day: 2 },
      },
      {
        title: 'General Secretary of the Romanian Communist Party',
        polity: 'romania',
        from: { year: 1955, month: 9, day: 30 },
        to: { year: 1965, month: 3, day: 19 },
      },
      {
        title: 'President of the State Council of Romania',
        polity: 'romania',
        from: { year: 1961, month: 3, day: 21 },
        to: { year: 1965, month: 3, day: 19 },
      },
    ],
  },
  {
    slug: 'nicolae-ceausescu',
    name: 'Nicolae Ceaușescu',
    alternateNames: ['Nicolae Ceausescu', 'Nicolae Ceauşescu'],
    offices: [
      {
        title: 'General Secretary of the Romanian Communist Party',
        polity: 'romania',
        from: { year: 1965, month: 3, day: 22 },
        to: { year: 1989, month: 12, day: 22 },
      },
      {
        title: 'President of the State Council of Romania',
        polity: 'romania',
        from: { year: 1967, month: 12, day: 9 },
        to: { year: 1989, month: 12, day: 22 },
      },
      {
        title: 'President of Romania',
        polity: 'romania',
        from: { year: 1974, month: 3, day: 28 },
        to: { year: 1989, month: 12, day: 22 },
      },
    ],
  },
  {
    slug: 'matyas-rakosi',
    name: 'Mátyás Rákosi',
    nativeName: 'Rákosi Mátyás',
    alternateNames: ['Matyas Rakosi'],
    offices: [
      {
        title: "Chairman of the Council of Ministers of the Hungarian People's Republic",
        polity: 'hungary',
        from: { year: 1952, month: 8, day: 14 },
        to: { year: 1953, month: 7, day: 4 },
        cite: [{ source: 'ref-rakosi-government' }],
      },
      {
        title: "First Secretary of the Hungarian Working People's Party",
        polity: 'hungary',
        to: { year: 1956, month: 7, day: 18 },
        cite: [{ source: 'ref-magyarkronologia-1956-07-18' }, { source: 'ref-ewh-hungary-1956' }],
      },
    ],
  },
  {
    slug: 'janos-kadar',
    name: 'János Kádár',
    nativeName: 'Kádár János',
    alternateNames: ['Janos Kadar'],
    offices: [
      {
        title: "First Secretary of the Hungarian Socialist Workers' Party",
        polity: 'hungary',
        from: { year: 1956, month: 10, day: 25 },
        to: { year: 1985, month: 3 },
        cite: [
          { source: 'ref-kadar', note: 'Gives 25 October 1956 as the start of his party leadership.' },
          {
            source: 'ref-csmonitor-1985-04-02-kadar',
            note: 'The March 1985 congress changed the title from first to general secretary.',
          },
        ],
      },
      {
        title: "Chairman of the Council of Ministers of the Hungarian People's Republic",
        polity: 'hungary',
        from: { year: 1956, month: 11, day: 4 },
        to: { year: 1958, month: 1, day: 28 },
        cite: [{ source: 'ref-kadar' }],
      },
      {
        title: "Chairman of the Council of Ministers of the Hungarian People's Republic",
        polity: 'hungary',
        from: { year: 1961, month: 9, day: 13 },
        to: { year: 1965, month: 6, day: 30 },
        cite: [{ source: 'ref-kadar' }],
      },
      {
        title: "General Secretary of the Hungarian Socialist Workers' Party",
        polity: 'hungary',
        from: { year: 1985, month: 3 },
        to: { year: 1988, month: 5, day: 22 },
        cite: [{ source: 'ref-kadar' }, { source: 'ref-csmonitor-1985-04-02-kadar' }],
      },
    ],
  },
  {
    slug: 'antonin-zapotocky',
    name: 'Antonín Zápotocký',
    alternateNames: ['Antonin Zapotocky'],
    offices: [
      {
        title: 'Prime Minister of Czechoslovakia',
        polity: 'czechoslovakia',
        from: { year: 1948, month: 6, day: 15 },
        to: { year: 1953, month: 3, day: 14 },
        cite: [{ source: 'ref-zapotocky' }],
      },
      {
        title: 'President of Czechoslovakia',
        polity: 'czechoslovakia',
        from: { year: 1953, month: 3, day: 21 },
        to: { year: 1957, month: 11, day: 13 },
        cite: [{ source: 'ref-zapotocky' }],
      },
    ],
  },
  {
    slug: 'gustav-husak',
    name: 'Gustáv Husák',
    alternateNames: ['Gustav Husak'],
    offices: [
      {
        title: 'First Secretary of the Communist Party of Czechoslovakia',
        polity: 'czechoslovakia',
        from: { year: 1969, month: 4, day: 17 },
        to: { year: 1987, month: 12, day: 17 },
        cite: [{ source: 'ref-husak' }, { source: 'ref-husak-memim', note: 'Styles the same post General Secretary.' }],
      },
      {
        title: 'President of Czechoslovakia',
        polity: 'czechoslovakia',
        from: { year: 1975, month: 5, day: 29 },
        to: { year: 1989, month: 12, day: 10 },
        cite: [{ source: 'ref-husak' }],
      },
    ],
  },
  {
    slug: 'todor-zhivkov',
    name: 'Todor Zhivkov',
    nativeName: 'Тодор Живков',
    alternateNames: ['Todor Živkov', 'Todor Jivkov'],
    offices: [
      {
        title: 'First Secretary of the Central Committee of the Bulgarian Communist Party',
        polity: 'bulgaria',
        from: { year: 1954, month: 3, day: 4 },
        to: { year: 1981, month: 4 },
        cite: [
          { source: 'ref-zhivkov' },
          { source: 'ref-zhivkov-calendarz', note: 'First secretary from 1954, general secretary from April 1981.' },
        ],
      },
      {
        title: 'Prime Minister of Bulgaria',
        polity: 'bulgaria',
        from: { year: 1962, month: 11, day: 19 },
        to: { year: 1971, month: 7, day: 7 },
        cite: [{ source: 'ref-zhivkov' }],
      },
      {
        title: 'Chairman of the State Council of Bulgaria',
        polity: 'bulgaria',
        from: { year: 1971, month: 7, day: 7 },
        to: { year: 1989, month: 11, day: 17 },
        cite: [{ source: 'ref-zhivkov' }],
      },
      {
        title: 'General Secretary of the Central Committee of the Bulgarian Communist Party',
        polity: 'bulgaria',
        from: { year: 1981, month: 4 },
        to: { year: 1989, month: 11, day: 10 },
        cite: [{ source: 'ref-zhivkov' }, { source: 'ref-zhivkov-calendarz' }],
      },
    ],
  },
  {
    slug: 'enver-hoxha',
    name: 'Enver Hoxha',
    alternateNames: ['Enver Hodja', 'Enver Hodža'],
    offices: [
      {
        title: 'First Secretary of the Party of Labour of Albania',
        polity: 'albania',
        from: { year: 1941, month: 11, day: 8 },
        to: { year: 1985, month: 4, day: 11 },
      },
    ],
  },
  {
    slug: 'edward-ochab',
    name: 'Edward Ochab',
    alternateNames: [],
    offices: [
      {
        title: "First Secretary of the Polish United Workers' Party",
        polity: 'poland',
        from: { year: 1956, month: 3, day: 20 },
        to: { year: 1956, month: 10, day: 21 },
      },
    ],
  },
  {
    slug: 'wojciech-jaruzelski',
    name: 'Wojciech Jaruzelski',
    alternateNames: [],
    offices: [
      {
        title: 'Chairman of the Council of Ministers of Poland',
        polity: 'poland',
        from: { year: 1981, month: 2, day: 11 },
        to: { year: 1985, month: 11, day: 6 },
        cite: [{ source: 'ref-jaruzelski' }, { source: 'ref-coldwar-hu-polish-prime-ministers' }],
      },
      {
        title: "First Secretary of the Polish United Workers' Party",
        polity: 'poland',
        from: { year: 1981, month: 10, day: 18 },
        to: { year: 1989, month: 7, day: 29 },
        cite: [{ source: 'ref-jaruzelski' }],
      },
      {
        title: 'Chairman of the Council of State of Poland',
        polity: 'poland',
        from: { year: 1985, month: 11, day: 6 },
        to: { year: 1989, month: 7, day: 19 },
        cite: [{ source: 'ref-jaruzelski' }],
      },
      {
        title: 'President of Poland',
        polity: 'poland',
        from: { year: 1989, month: 7, day: 19 },
        to: { year: 1990, month: 12, day: 22 },
        cite: [{ source: 'ref-jaruzelski' }],
      },
    ],
  },
  {
    slug: 'yumjaagiin-tsedenbal',
    name: 'Yumjaagiin Tsedenbal',
    nativeName: 'Юмжаагийн Цэдэнбал',
    alternateNames: ['Yumjaagiyn Tsedenbal', 'Yu. Tsedenbal'],
    offices: [
      {
        title: "General Secretary of the Mongolian People's Revolutionary Party",
        polity: 'mongolian-peoples-republic',
        from: { year: 1940, month: 4, day: 8 },
        to: { year: 1954, month: 4, day: 4 },
        cite: [
          { source: 'ref-tsedenbal' },
          { source: 'ref-damba', note: 'First Secretary from 4 April 1954 to 22 November 1958.' },
        ],
      },
      {
        title: "Chairman of the Council of Ministers of the Mongolian People's Republic",
        polity: 'mongolian-peoples-republic',
        from: { year: 1952, month: 1, day: 26 },
        to: { year: 1974, month: 6, day: 11 },
        cite: [{ source: 'ref-tsedenbal' }],
      },
      {
        title: "General Secretary of the Mongolian People's Revolutionary Party",
        polity: 'mongolian-peoples-republic',
        from: { year: 1958, month: 11, day: 22 },
        to: { year: 1984, month: 8, day: 24 },
        cite: [{ source: 'ref-tsedenbal' }, { source: 'ref-damba' }],
      },
      {
        title: "Chairman of the Presidium of the People's Great Khural",
        polity: 'mongolian-peoples-republic',
        from: { year: 1974, month: 6, day: 11 },
        to: { year: 1984, month: 8, day: 23 },
        cite: [{ source: 'ref-tsedenbal' }],
      },
    ],
  },
  {
    slug: 'jambyn-batmonkh',
    name: 'Jambyn Batmönkh',
    nativeName: 'Жамбын Батмөнх',
    alternateNames: ['Jambyn Batmunkh', 'Jambyn Batmönh'],
    offices: [
      {
        title: "Chairman of the Council of Ministers of the Mongolian People's Republic",
        polity: 'mongolian-peoples-republic',
        from: { year: 1974, month: 6, day: 11 },
        to: { year: 1984, month: 12, day: 12 },
      },
      {
        title: "General Secretary of the Mongolian People's Revolutionary Party",
        polity: 'mongolian-peoples-republic',
        from: { year: 1984, month: 8, day: 24 },
        to: { year: 1990, month: 3, day: 14 },
      },
      {
        title: "Chairman of the Presidium of the People's Great Khural",
        polity: 'mongolian-peoples-republic',
        from: { year: 1984, month: 12, day: 12 },
        to: { year: 1990, month: 3, day: 21 },
      },
    ],
  },
  {
    slug: 'ho-chi-minh',
    name: 'Ho Chi Minh',
    nativeName: 'Hồ Chí Minh',
    alternateNames: ['Ho Chi-minh', 'Hồ Chủ tịch'],
    offices: [
      {
        title: 'President of North Vietnam',
        polity: 'north-vietnam',
        from: { year: 1945, month: 9, day: 2 },
        to: { year: 1969, month: 9, day: 2 },
      },
      {
        title: "Chairman of the Central Committee of the Workers' Party of Vietnam",
        polity: 'north-vietnam',
        from: { year: 1951, month: 2, day: 19 },
        to: { year: 1969, month: 9, day: 2 },
      },
    ],
  },
  {
    slug: 'le-thanh-nghi',
    name: 'Le Thanh Nghi',
    nativeName: 'Lê Thanh Nghị',
    alternateNames: [],
    offices: [
      {
        title: 'Deputy Prime Minister of North Vietnam',
        polity: 'north-vietnam',
        from: { year: 1960, month: 7, day: 15 },
        to: { year: 1976, month: 7, day: 2 },
      },
      {
        title: "Member of the Politburo of the Workers' Party of Vietnam",
        polity: 'north-vietnam',
        from: { year: 1960, month: 9, day: 12 },
        to: { year: 1976, month: 12, day: 20 },
      },
    ],
  },
  {
    slug: 'sukarno',
    name: 'Sukarno',
    alternateNames: ['Soekarno', 'Bung Karno'],
    offices: [
      {
        title: 'President of Indonesia',
        polity: 'indonesia',
        from: { year: 1945, month: 8, day: 18 },
        to: { year: 1967, month: 3, day: 12 },
      },
    ],
  },
  {
    slug: 'houari-boumediene',
    name: 'Houari Boumédiène',
    nativeName: 'هواري بومدين',
    alternateNames: ['Houari Boumediene', 'Houari Boumedienne'],
    offices: [
      {
        title: 'Chairman of the Revolutionary Council',
        polity: 'algeria',
        from: { year: 1965, month: 6, day: 19 },
        to: { year: 1976, month: 12, day: 10 },
      },
      {
        title: 'President of Algeria',
        polity: 'algeria',
        from: { year: 1976, month: 12, day: 10 },
        to: { year: 1978, month: 12, day: 27 },
      },
    ],
  },
  {
    slug: 'moktar-ould-daddah',
    name: 'Moktar Ould Daddah',
    nativeName: 'مختار ولد داداه',
    alternateNames: ['Mokhtar Ould Daddah', 'Moctar Ould Daddah'],
    offices: [
      {
        title: 'President of Mauritania',
        polity: 'mauritania',
        from: { year: 1960, month: 11, day: 28 },
        to: { year: 1978, month: 7, day: 10 },
      },
    ],
  },
  {
    slug: 'josip-broz-tito',
    name: 'Josip Broz Tito',
    alternateNames: ['Tito', 'Josip Broz', 'Marshal Tito'],
    offices: [
      {
        title: 'President of Yugoslavia',
        polity: 'yugoslavia',
        from: { year: 1953, month: 1, day: 14 },
        to: { year: 1980, month: 5, day: 4 },
      },
    ],
  },
  {
    slug: 'lazar-kolisevski',
    name: 'Lazar Koliševski',
    nativeName: 'Лазар Колишевски',
    alternateNames: ['Lazar Kolisevski'],
    offices: [
      {
        title: 'President of the Presidency of Yugoslavia',
        polity: 'yugoslavia',
        from: { year: 1980, month: 5, day: 4 },
        to: { year: 1980, month: 5, day: 15 },
      },
    ],
  },
  {
    slug: 'donald-trump',
    name: 'Donald Trump',
    alternateNames: ['Donald J. Trump'],
    offices: [
      {
        title: 'President of the United States',
        polity: 'united-states',
        from: { year: 2017, month: 1, day: 20 },
        to: { year: 2021, month: 1, day: 20 },
      },
      { title: 'President of the United States', polity: 'united-states', from: { year: 2025, month: 1, day: 20 } },
    ],
  },
  {
    slug: 'moon-jae-in',
    name: 'Moon Jae-in',
    nativeName: '문재인',
    alternateNames: ['Moon Jae In', 'Mun Jae-in'],
    offices: [
      {
        title: 'President of South Korea',
        polity: 'south-korea',
        from: { year: 2017, month: 5, day: 10 },
        to: { year: 2022, month: 5, day: 9 },
      },
    ],
  },
]

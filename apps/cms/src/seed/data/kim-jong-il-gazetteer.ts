// Places and people that the Kim Jong Il list and the second sources for Kim Jong Un name and the
// importer's gazetteer lacks. Coordinates locate the place on the map only (city centres; the two
// Panmunjom buildings approximately); no office is given, as none was researched with a source.
import type { TGazetteerPerson, TGazetteerPlace } from '@itinera/importer/gazetteer'

// Where each of these places lies today: the polities they were visited in are today's states.
const TODAY_ISO_CODE: Record<string, string> = { china: 'CN', russia: 'RU' }

const city = (
  slug: string,
  name: string,
  polity: string,
  latitude: number,
  longitude: number,
  alternateNames: string[] = [],
): TGazetteerPlace => ({
  slug,
  name,
  alternateNames,
  kind: 'city',
  polity,
  todayIsoCode: TODAY_ISO_CODE[polity],
  latitude,
  longitude,
})

export const EXTRA_PLACES: TGazetteerPlace[] = [
  city('shanghai', 'Shanghai', 'china', 31.2304, 121.4737, ['上海']),
  city('tianjin', 'Tianjin', 'china', 39.3434, 117.3616, ['天津']),
  city('shenzhen', 'Shenzhen', 'china', 22.5431, 114.0579, ['深圳']),
  city('jilin', 'Jilin', 'china', 43.8378, 126.5494, ['Jilin City', '吉林市']),
  city('changchun', 'Changchun', 'china', 43.8171, 125.3235, ['长春']),
  city('mudanjiang', 'Mudanjiang', 'china', 44.5526, 129.6329, ['牡丹江']),
  city('yangzhou', 'Yangzhou', 'china', 32.3942, 119.4129, ['扬州']),
  city('nanjing', 'Nanjing', 'china', 32.0603, 118.7969, ['Nanking', '南京']),
  city('dandong', 'Dandong', 'china', 40.1245, 124.3943, ['丹东']),
  city('tumen', 'Tumen', 'china', 42.9667, 129.85, ['图们']),
  city('manzhouli', 'Manzhouli', 'china', 49.5978, 117.3786, ['满洲里']),
  city('qiqihar', 'Qiqihar', 'china', 47.3543, 123.918, ['齐齐哈尔']),
  city('daqing', 'Daqing', 'china', 46.5893, 125.1036, ['大庆']),
  city('khasan', 'Khasan', 'russia', 42.4308, 130.6431, ['Хасан']),
  city('novosibirsk', 'Novosibirsk', 'russia', 55.0084, 82.9357, ['Новосибирск']),
  city('omsk', 'Omsk', 'russia', 54.9885, 73.3242, ['Омск']),
  city('saint-petersburg', 'Saint Petersburg', 'russia', 59.9311, 30.3609, ['St. Petersburg', 'Санкт-Петербург']),
  city('komsomolsk-on-amur', 'Komsomolsk-on-Amur', 'russia', 50.55, 137.0, ['Комсомольск-на-Амуре']),
  city('khabarovsk', 'Khabarovsk', 'russia', 48.4827, 135.0838, ['Хабаровск']),
  city('ulan-ude', 'Ulan-Ude', 'russia', 51.8335, 107.5841, ['Ulan Ude', 'Улан-Удэ']),
  // Also in the importer's gazetteer for now; kept here because a second source of Kim Jong Un's
  // 2023 trip names it, while the gazetteer drops entries no seed document names.
  {
    slug: 'vostochny-cosmodrome',
    name: 'Vostochny Cosmodrome',
    alternateNames: ['Vostochny', 'Космодром Восточный'],
    kind: 'site',
    polity: 'russia',
    todayIsoCode: 'RU',
    latitude: 51.8844,
    longitude: 128.3339,
  },
  {
    slug: 'peace-house',
    name: 'Peace House',
    alternateNames: ['House of Peace', '평화의 집'],
    kind: 'site',
    polity: 'south-korea',
    todayIsoCode: 'KR',
    latitude: 37.9553,
    longitude: 126.6772,
  },
  {
    slug: 'tongilgak',
    name: 'Tongilgak',
    alternateNames: ['Unification Pavilion', '통일각'],
    kind: 'site',
    polity: 'north-korea',
    todayIsoCode: 'KP',
    latitude: 37.9575,
    longitude: 126.6768,
  },
]

const person = (slug: string, name: string, nativeName: string, alternateNames: string[] = []): TGazetteerPerson => ({
  slug,
  name,
  nativeName,
  alternateNames,
  offices: [],
})

export const EXTRA_PEOPLE: TGazetteerPerson[] = [
  person('jiang-zemin', 'Jiang Zemin', '江泽民'),
  person('hu-jintao', 'Hu Jintao', '胡锦涛'),
  person('dai-bingguo', 'Dai Bingguo', '戴秉国'),
  person('dmitry-medvedev', 'Dmitry Medvedev', 'Дмитрий Медведев', ['Dmitri Medvedev']),
]

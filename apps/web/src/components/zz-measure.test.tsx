import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { renderToStaticMarkup } from 'react-dom/server'
import { it } from 'vitest'
import { ItineraryMap } from './ItineraryMap'
import { Timeline } from './Timeline'
import { ERAS, makeTrips, VISITS } from './visuals.fixtures'
import { WorldMap } from './WorldMap'
it('measure', () => {
  const size = (name: string, html: string) => { writeFileSync(`/tmp/${name}.html`, html); console.log(name, VISITS.length, 'raw', Buffer.byteLength(html), 'gzip', gzipSync(html).length) }
  size('world', renderToStaticMarkup(<WorldMap visits={VISITS} title="Countries visited" />))
  size('world-empty', renderToStaticMarkup(<WorldMap visits={[]} title="Countries visited" />))
  size('timeline40', renderToStaticMarkup(<Timeline eras={ERAS} trips={makeTrips(40)} />))
  size('timeline100', renderToStaticMarkup(<Timeline eras={ERAS} trips={makeTrips(100)} />))
  size('itinerary', renderToStaticMarkup(<ItineraryMap title="Route" stops={[{ label: 'Pyongyang', latitude: 39.02, longitude: 125.75 }, { label: 'Moscow', latitude: 55.75, longitude: 37.62 }, { label: 'Berlin', latitude: 52.52, longitude: 13.4 }, { label: 'Pyongyang', latitude: 39.02, longitude: 125.75 }]} />))
  size('itinerary1', renderToStaticMarkup(<ItineraryMap title="Route" stops={[{ label: 'Singapore', latitude: 1.35, longitude: 103.82 }]} />))
})

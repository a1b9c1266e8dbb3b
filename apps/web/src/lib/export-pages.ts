import { exportPages } from '@itinera/contracts/open-data'
import type { TPublicTrip } from '@itinera/contracts/schemas'
import { cms } from './cms'

/** Every approved trip, a page of the CMS's export at a time, in chronological order. */
export const cmsExportPages = (): AsyncGenerator<TPublicTrip[]> =>
  exportPages((input) => cms.reader.exportTrips.query(input))

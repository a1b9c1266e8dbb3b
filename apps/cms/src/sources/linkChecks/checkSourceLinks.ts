import { nextLinkState, quoteAppears, type TLinkState } from '@itinera/contracts/link-health'
import { relationId } from '@itinera/contracts/relation-id'
import { tripFacts } from '@itinera/contracts/trip-facts'
import type { Payload } from 'payload'
import type { LinkCheck, Source } from '../../payload-types'
import { LINK_CHECKS, SOURCES, TRIPS } from '../../slugs'
import { findArchivedCopy, requestArchiveSave, type TArchiveProposal } from './findArchivedCopy'
import type { HostPool } from './hostPool'
import { observeLink, type TLinkReading } from './observeLink'
import type { TLinkCheckSettings } from './settings'

/** A citation whose quote the page no longer shows. */
export interface TQuoteDrift {
  trip: number
  tripTitle: string
  citation: string
  fact: string
  factLabel: string
  quote: string
  /** The day the quote was first found missing (YYYY-MM-DD). */
  seenOn: string
}

const system = { overrideAccess: true, depth: 0 } as const

/** The last check of this address of the source, whose state the next check carries on. */
async function lastCheck(payload: Payload, source: number, target: 'url' | 'archive', url: string) {
  const { docs } = await payload.find({
    collection: LINK_CHECKS,
    where: { source: { equals: source }, target: { equals: target }, url: { equals: url } },
    sort: '-checkedAt',
    limit: 1,
    ...system,
  })
  return docs[0] ?? null
}

/** The quotes of citations of this source (in the latest version of each trip) that the page's text lacks. */
async function quoteDrift(
  payload: Payload,
  source: number,
  reading: TLinkReading,
  previous: LinkCheck | null,
  today: string,
): Promise<TQuoteDrift[]> {
  const { docs: trips } = await payload.find({
    collection: TRIPS,
    where: { 'citations.source': { equals: source } },
    select: { title: true, stops: true, citations: true },
    draft: true,
    pagination: false,
    ...system,
  })
  const seenBefore = new Map(
    ((previous?.drift ?? []) as unknown as TQuoteDrift[]).map((drift) => [drift.citation, drift.seenOn]),
  )
  return trips.flatMap((trip) => {
    const labels = new Map(tripFacts(trip).map((fact) => [fact.path, fact.label]))
    return (trip.citations ?? [])
      .filter((citation) => relationId(citation.source) === source && citation.quote?.trim() && citation.id)
      .filter((citation) => !quoteAppears(citation.quote!, reading.text))
      .map((citation) => ({
        trip: trip.id,
        tripTitle: trip.title,
        citation: citation.id!,
        fact: citation.fact,
        factLabel: labels.get(citation.fact) ?? citation.fact,
        quote: citation.quote!,
        seenOn: seenBefore.get(citation.id!) ?? today,
      }))
  })
}

const stateOf = (check: LinkCheck | null): TLinkState | null =>
  check ? { health: check.health, failures: check.failures, failingSince: check.failingSince ?? null } : null

/**
 * Checks a source's address and its archived copy (the latest version's, drafts included) and
 * records one link check for each. Quotes are matched only on a whole page: a page cut at the
 * size cap may hold them further on. A dead, usurped or drifted address without an archived copy
 * gets one proposed, which an editor accepts through review (acceptArchive.ts).
 */
export async function checkSourceLinks(
  payload: Payload,
  sourceId: number,
  settings: TLinkCheckSettings,
  pool: HostPool,
  now = new Date(),
): Promise<LinkCheck[]> {
  const source: Source = await payload.findByID({ collection: SOURCES, id: sourceId, draft: true, ...system })
  const today = now.toISOString().slice(0, 10)
  const targets = [
    ...(source.url ? [{ target: 'url' as const, url: source.url }] : []),
    ...(source.archiveUrl ? [{ target: 'archive' as const, url: source.archiveUrl }] : []),
  ]
  const checks: LinkCheck[] = []
  for (const { target, url } of targets) {
    const previous = await lastCheck(payload, sourceId, target, url)
    const reading = await pool.run(new URL(url).host, () => observeLink(url, settings))
    const state = nextLinkState(stateOf(previous), reading, now)
    const wholePage = state.health === 'live' && reading.text !== '' && !reading.truncated
    const drift = target === 'url' && wholePage ? await quoteDrift(payload, sourceId, reading, previous, today) : []
    const rescue =
      target === 'url' &&
      !source.archiveUrl &&
      (state.health === 'dead' || state.health === 'usurped' || drift.length > 0)
    const proposal: TArchiveProposal | null = rescue
      ? await pool.run(new URL(settings.waybackAvailabilityUrl).host, () =>
          findArchivedCopy(url, source.accessDate ?? null, settings),
        )
      : null
    if (target === 'url' && !previous && state.health === 'live' && settings.archiveSaveUrl) {
      const saveUrl = settings.archiveSaveUrl
      await pool
        .run(new URL(saveUrl).host, () => requestArchiveSave(url, { ...settings, archiveSaveUrl: saveUrl }))
        .catch((error: unknown) =>
          payload.logger.warn({ err: error, url }, 'The archive could not be asked to save a page'),
        )
    }
    checks.push(
      await payload.create({
        collection: LINK_CHECKS,
        data: {
          source: sourceId,
          target,
          url,
          checkedAt: now.toISOString(),
          health: state.health,
          failures: state.failures,
          failingSince: state.failingSince,
          httpStatus: reading.httpStatus,
          error: reading.error,
          finalUrl: reading.finalUrl,
          redirects: reading.redirects,
          contentType: reading.contentType,
          fingerprint: reading.fingerprint,
          bytes: reading.bytes,
          truncated: reading.truncated,
          responseMs: reading.responseMs,
          drift: drift as unknown as LinkCheck['drift'],
          archiveUrl: proposal?.archiveUrl ?? null,
          archiveDate: proposal?.archiveDate ?? null,
        },
        ...system,
      }),
    )
  }
  return checks
}

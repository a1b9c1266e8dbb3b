import { formatDateRange, formatPartialDate, type TPartialDate } from '@itinera/contracts/partial-date'
import type { TPublicTrip } from '@itinera/contracts/schemas'
import { factPath, uncitedFacts } from '@itinera/contracts/trip-facts'
import type { GetStaticProps } from 'next'
import Link from 'next/link'
import { ItineraryMap } from '../../components/ItineraryMap'
import { PageHead } from '../../components/PageHead'
import { CertaintyBadge } from '../../components/reader/CertaintyBadge'
import { FootnoteDetails } from '../../components/reader/FootnoteDetails'
import { FootnoteMarkers } from '../../components/reader/FootnoteMarkers'
import { SourceLine } from '../../components/reader/SourceLine'
import { env } from '../../env'
import { cms, MAX_AGE_SECONDS } from '../../lib/cms'
import { longDate } from '../../lib/dates'
import { renderedAtFirstRequest } from '../../lib/kept-page'
import { buildFootnotes } from '../../lib/footnotes'
import { orMissing } from '../../lib/not-found'
import { tripJsonLd } from '../../lib/json-ld'

// Nothing on the page needs a script: Next sends none (and no page data), so the policy can forbid them all (src/proxy.ts).
export const config = { unstable_runtimeJS: false }

type TProps = { trip: TPublicTrip; pageUrl: string }

export const getStaticPaths = renderedAtFirstRequest

export const getStaticProps: GetStaticProps<TProps, { slug: string }> = async ({ params }) => {
  const trip = await orMissing(cms.reader.trip.query({ slug: params!.slug }))
  if (!trip) return { notFound: true, revalidate: MAX_AGE_SECONDS }
  return { props: { trip, pageUrl: `${env.WEB_URL}/trips/${trip.slug}` }, revalidate: MAX_AGE_SECONDS }
}

const dates = (start: TPartialDate | null, end: TPartialDate | null) =>
  start ? formatDateRange(start, end) : 'date unknown'

/** The order facts appear on the page: footnotes are numbered in reading order. */
function factOrder(trip: TPublicTrip): string[] {
  return [
    factPath.certainty(),
    ...trip.stops.flatMap((stop) => [
      factPath.stopPolity(stop.id),
      ...stop.alternativePolities.map((alt) => factPath.alternativePolity(stop.id, alt.id)),
      factPath.stopDates(stop.id),
      ...stop.alternativeDates.map((alt) => factPath.alternativeDates(stop.id, alt.id)),
      factPath.stopPlaces(stop.id),
      ...stop.meetings.map((meeting) => factPath.meeting(stop.id, meeting.id)),
      ...stop.details.map((detail) => factPath.detail(stop.id, detail.id)),
    ]),
  ]
}

export default function TripPage({ trip, pageUrl }: TProps) {
  const { notes, markersFor } = buildFootnotes(trip.citations, factOrder(trip))
  // Said only when true: every fact on the page has a footnote (reader.trip withholds a trip citing a source no longer public).
  const everyFactCited = uncitedFacts(trip).length === 0
  // And that each was checked against its source by a reviewer (the footnotes say when).
  const checked = trip.citations.filter((citation) => citation.checkedOn).length
  const everyCitationChecked = checked === trip.citations.length
  const differs = new Set(trip.sourcesDiffer.map((conflict) => conflict.fact))
  const first = trip.stops[0]
  const last = trip.stops.at(-1)
  return (
    <article className="trip">
      <PageHead
        title={trip.title}
        description={trip.summary ?? `${trip.title}: every fact with its source.`}
        canonical={pageUrl}
      />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: tripJsonLd(trip, pageUrl) }} />
      <p className="breadcrumbs">
        <Link href={`/leaders/${trip.leader.slug}`}>{trip.leader.name}</Link>
      </p>
      <h1>{trip.title}</h1>
      <p className="trip-meta">
        <span>{dates(first?.start ?? null, last?.end ?? last?.start ?? null)}</span>
        {' · '}
        <CertaintyBadge certainty={trip.certainty} />
        <FootnoteMarkers markers={markersFor(factPath.certainty())} />
        {trip.kind && <> · {trip.kind} visit</>}
        {trip.transport.length > 0 && <> · by {trip.transport.join(', ')}</>}
      </p>
      {trip.summary && <p className="lede">{trip.summary}</p>}
      {trip.certainty === 'rumored' && (
        <p className="notice">Only reports of this trip exist: it is not a confirmed visit.</p>
      )}

      <ItineraryMap
        title={`Itinerary of ${trip.title}`}
        // One marker per stop, numbered as the list below: the stop's first place with coordinates.
        stops={trip.stops.map((stop) => {
          const place = stop.places.find((candidate) => candidate.latitude != null && candidate.longitude != null)
          return {
            label: place?.name ?? stop.polityNameOnDate ?? stop.polity?.name ?? 'Unknown place',
            latitude: place?.latitude ?? null,
            longitude: place?.longitude ?? null,
          }
        })}
      />

      <h2>Itinerary</h2>
      <ol className="stops">
        {trip.stops.map((stop) => {
          return (
            <li key={stop.id} className="stop">
              <h3>
                {stop.polity ? (
                  <Link href={`/countries/${stop.polity.slug}`}>{stop.polityNameOnDate ?? stop.polity.name}</Link>
                ) : (
                  'Country not given'
                )}
                <FootnoteMarkers markers={markersFor(factPath.stopPolity(stop.id))} />
              </h3>
              {differs.has(factPath.stopPolity(stop.id)) && (
                <p className="sources-differ">
                  <strong>Sources differ:</strong> also given as{' '}
                  {stop.alternativePolities.map((alt) => (
                    <span key={alt.id}>
                      {alt.polityNameOnDate ?? alt.polity?.name ?? 'another country'}
                      <FootnoteMarkers markers={markersFor(factPath.alternativePolity(stop.id, alt.id))} />
                      {alt.note && <> ({alt.note})</>}{' '}
                    </span>
                  ))}
                </p>
              )}
              <dl className="facts">
                <dt>Dates</dt>
                <dd>
                  {dates(stop.start, stop.end)}
                  <FootnoteMarkers markers={markersFor(factPath.stopDates(stop.id))} />
                  {differs.has(factPath.stopDates(stop.id)) && (
                    <span className="sources-differ">
                      {' '}
                      <strong>Sources differ:</strong> also given as{' '}
                      {stop.alternativeDates.map((alt) => (
                        <span key={alt.id}>
                          {dates(alt.start, alt.end)}
                          <FootnoteMarkers markers={markersFor(factPath.alternativeDates(stop.id, alt.id))} />
                          {alt.note && <> ({alt.note})</>}{' '}
                        </span>
                      ))}
                    </span>
                  )}
                </dd>
                {stop.places.length > 0 && (
                  <>
                    <dt>Places</dt>
                    <dd>
                      {stop.places.map((place) => place.name).join(', ')}
                      <FootnoteMarkers markers={markersFor(factPath.stopPlaces(stop.id))} />
                    </dd>
                  </>
                )}
                {stop.meetings.length > 0 && (
                  <>
                    <dt>Met</dt>
                    {stop.meetings.map((meeting) => (
                      <dd key={meeting.id}>
                        {meeting.person?.name ?? 'Unnamed counterpart'}
                        {meeting.title && <span className="title-then">, {meeting.title}</span>}
                        <FootnoteMarkers markers={markersFor(factPath.meeting(stop.id, meeting.id))} />
                        {meeting.officesOnDate && (
                          <span className="sources-differ">
                            {' '}
                            <strong>Sources differ:</strong> on this date our reference data gives{' '}
                            {meeting.officesOnDate.map((office, index) => (
                              <span key={office.title}>
                                {index > 0 && ' and '}
                                {office.title}
                                {office.sources.length > 0 && (
                                  <>
                                    {' ('}
                                    {office.sources.map((source, at) => (
                                      <span key={source.id}>
                                        {at > 0 && '; '}
                                        <Link href={`/sources/${source.id}`}>{source.title}</Link>
                                      </span>
                                    ))}
                                    {')'}
                                  </>
                                )}
                              </span>
                            ))}
                            .
                          </span>
                        )}
                      </dd>
                    ))}
                  </>
                )}
                {stop.details.length > 0 && (
                  <>
                    <dt>Details</dt>
                    {stop.details.map((detail) => (
                      <dd key={detail.id}>
                        {detail.text}
                        <FootnoteMarkers markers={markersFor(factPath.detail(stop.id, detail.id))} />
                      </dd>
                    ))}
                  </>
                )}
              </dl>
            </li>
          )
        })}
      </ol>

      <h2 id="references">References</h2>
      <ol className="references">
        {notes.map((note) => (
          <li key={note.id} id={note.id}>
            <span className="backlinks">
              {note.uses.length === 1 ? (
                <a href={`#${note.uses[0]!.refId}`} aria-label="Back to the text">
                  ^
                </a>
              ) : (
                <>
                  ^{' '}
                  {note.uses.map((use) => (
                    <a key={use.letter} href={`#${use.refId}`} aria-label={`Back to use ${use.letter}`}>
                      {use.letter}
                    </a>
                  ))}
                </>
              )}
            </span>{' '}
            <SourceLine source={note.source} />
            <FootnoteDetails note={note} />
          </li>
        ))}
      </ol>

      <footer className="trip-footer">
        {trip.approvedAt && everyFactCited && everyCitationChecked && (
          <p>
            Verified on {longDate(trip.approvedAt)}: every fact above was checked against its sources by a second
            person.
          </p>
        )}
        {trip.approvedAt && !(everyFactCited && everyCitationChecked) && (
          <p>
            Approved on {longDate(trip.approvedAt)}.
            {checked > 0 && (
              <>
                {' '}
                {checked} of {trip.citations.length} citations above were checked against their sources by a second
                person; each says when.
              </>
            )}
          </p>
        )}
        <h2>Cite this page</h2>
        <p className="cite-this">
          “{trip.title}.” <i>Itinera: cited history</i>
          {trip.approvedAt && <>, version of {longDate(trip.approvedAt)}</>}. <a href={pageUrl}>{pageUrl}</a>
          {first?.start && <> (trip of {formatPartialDate(first.start)})</>}.
        </p>
      </footer>
    </article>
  )
}

import Link from 'next/link'

interface TVisitRow {
  polity: { slug: string; name: string }
  visits: number
  /** Visits of rumoured or disputed trips, not counted among the visits. */
  unconfirmed: number
  /** Where the places visited lie today, from each place (Minsk: Belarus). */
  today: { isoCode: string; name: string }[]
}

/**
 * Visits per country as it was, with the states its visited places lie in today; unconfirmed
 * (rumoured or disputed) visits in a column of their own when there are any.
 */
export function VisitsTable({ rows, caption }: { rows: TVisitRow[]; caption: string }) {
  const anyUnconfirmed = rows.some((row) => row.unconfirmed > 0)
  return (
    <table className="visits-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Country (then)</th>
          <th scope="col">Today</th>
          <th scope="col" className="number">
            Visits
          </th>
          {anyUnconfirmed && (
            <th scope="col" className="number">
              <abbr title="Rumoured or disputed, not counted among the visits">Unconfirmed</abbr>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.polity.slug}>
            <th scope="row">
              <Link href={`/countries/${row.polity.slug}`}>{row.polity.name}</Link>
            </th>
            <td>{row.today.length ? row.today.map((country) => country.name).join(', ') : '—'}</td>
            <td className="number">{row.visits}</td>
            {anyUnconfirmed && <td className="number">{row.unconfirmed || '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

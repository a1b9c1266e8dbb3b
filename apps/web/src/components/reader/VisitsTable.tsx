import Link from 'next/link'

interface TVisitRow {
  polity: { slug: string; name: string }
  visits: number
  /** Where the places visited lie today, from each place (Minsk: Belarus). */
  today: { isoCode: string; name: string }[]
}

/** Visits per country as it was, with the states its visited places lie in today. */
export function VisitsTable({ rows, caption }: { rows: TVisitRow[]; caption: string }) {
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
          </tr>
        ))}
      </tbody>
    </table>
  )
}

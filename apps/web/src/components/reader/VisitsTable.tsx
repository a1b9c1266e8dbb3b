import Link from 'next/link'

interface TVisitRow {
  polity: { slug: string; name: string; successors: { slug: string; name: string }[] }
  visits: number
}

/** Visits per country as it was, with the states that succeeded it. */
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
            <td>
              {row.polity.successors.length ? row.polity.successors.map((successor) => successor.name).join(', ') : '—'}
            </td>
            <td className="number">{row.visits}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

import { cms } from '../lib/cms'

// Content comes from the CMS at request time, never baked in at build.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const { leaders, total } = await cms.leaders.list.query()
  return (
    <>
      <h1>Journeys of North Korea&apos;s leaders</h1>
      <p className="lede">
        Where Kim Il Sung, Kim Jong Il and Kim Jong Un travelled abroad, whom they met, and which archival record,
        book or report says so.
      </p>
      <section aria-labelledby="leaders-heading">
        <h2 id="leaders-heading">Leaders ({total})</h2>
        <ul className="leader-list" data-testid="leader-list">
          {leaders.map((leader) => (
            <li key={leader.id}>
              <span className="leader-name">{leader.name}</span>
              {leader.nativeName && (
                <span className="leader-native" lang="ko">
                  {leader.nativeName}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

import { createServer, type Server } from 'node:http'
import { expect, test } from '@playwright/test'
import { CMS_URL, LOOKUP_SERVICES_PORT } from '../playwright.config'
import { apiAs } from './api'
import { signInToAdmin } from './helpers'

const unique = Date.now().toString(36)
const DOI = `10.5555/itinera.e2e.${unique}`
const TITLE = `Kim Il Sung's journeys abroad ${unique}`

// doi.org as content negotiation answers it: CSL-JSON, with fields a source does not use.
const CSL_ARTICLE = {
  type: 'article-journal',
  DOI,
  title: TITLE,
  author: [
    { given: 'Balázs', family: 'Szalontai', sequence: 'first', affiliation: [] },
    { given: 'Sergey', family: 'Radchenko', sequence: 'additional', affiliation: [] },
  ],
  'container-title': 'Cold War History',
  publisher: 'Informa UK Limited',
  issued: { 'date-parts': [[2014, 2, 3]] },
  volume: '14',
  page: '233-251',
  URL: `https://doi.org/${DOI}`,
  'reference-count': 41,
}

let doiOrg: Server

test.beforeAll(async () => {
  doiOrg = createServer((request, response) => {
    if (request.url === `/doi/${DOI}` && request.headers.accept?.includes('application/vnd.citationstyles.csl+json')) {
      response.writeHead(200, { 'content-type': 'application/vnd.citationstyles.csl+json' })
      response.end(JSON.stringify(CSL_ARTICLE))
    } else {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>DOI Not Found</h1>')
    }
  })
  await new Promise<void>((resolve) => doiOrg.listen(LOOKUP_SERVICES_PORT, '127.0.0.1', resolve))
})

test.afterAll(
  () =>
    new Promise<void>((resolve) => {
      doiOrg.closeAllConnections()
      doiOrg.close(() => resolve())
    }),
)

test.describe('[SOURCES]: a new source filled from its identifier', () => {
  test('should fill the form from a DOI, show the fields of its kind, and save it as a draft', async ({
    page,
    request,
  }) => {
    await signInToAdmin(page, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/sources/create`)
    const autofill = page.getByRole('group', { name: 'Fill from an identifier' })
    const identifier = autofill.getByLabel('Fill from ISBN / DOI / URL')

    // A wrong identifier is said in words, before anything is fetched.
    await identifier.fill('978-0-8014-5082-4')
    await autofill.getByRole('button', { name: 'Fill', exact: true }).click()
    await expect(autofill.getByRole('alert')).toHaveText('Not a valid ISBN-10 or ISBN-13 (check digit)')

    await identifier.fill(`https://doi.org/${DOI}`)
    await autofill.getByRole('button', { name: 'Fill', exact: true }).click()
    await expect(autofill.getByRole('status')).toContainText('Filled from the DOI')

    await expect(page.locator('#field-kind')).toContainText('article')
    await expect(page.locator('#field-title')).toHaveValue(TITLE)
    await expect(page.locator('#field-authors__0__name')).toHaveValue('Balázs Szalontai')
    await expect(page.locator('#field-authors__1__name')).toHaveValue('Sergey Radchenko')
    await expect(page.locator('#field-publisher')).toHaveValue('Cold War History')
    await expect(page.locator('#field-date__year')).toHaveValue('2014')
    await expect(page.getByLabel('DOI', { exact: true })).toHaveValue(DOI)
    // An article has no ISBN and no archive fields; labels are words, not field names.
    await expect(page.locator('#field-identifiers__isbn')).toHaveCount(0)
    await expect(page.locator('#field-identifiers__callNumber')).toHaveCount(0)
    await expect(page.getByText('Doi', { exact: true })).toHaveCount(0)

    // The editor checks, adds what no service knows, and saves: a draft like any other.
    await page.locator('#field-sourceClass .rs__control').click()
    await page.locator('.rs__menu').getByText('scholarship', { exact: true }).click()
    await page.getByRole('button', { name: 'Save Draft' }).click()
    // Created: the admin moves from the create view to the record's own page.
    await expect(page).toHaveURL(/\/admin\/collections\/sources\/\d+$/)

    const editor = await apiAs(request, 'editor')
    const saved = await editor.get<{ docs: Record<string, unknown>[] }>(
      `/sources?draft=true&depth=0&where[identifiers.doi][equals]=${encodeURIComponent(DOI)}`,
    )
    expect(saved.docs).toHaveLength(1)
    expect(saved.docs[0]).toMatchObject({
      title: TITLE,
      kind: 'journal_article',
      sourceClass: 'scholarship',
      reviewState: 'draft',
      _status: 'draft',
      authors: [{ name: 'Balázs Szalontai' }, { name: 'Sergey Radchenko' }],
      date: { year: 2014, month: 2, day: 3 },
    })
  })

  test('should show a book its own fields in order, and an archival record its own', async ({ page }) => {
    await signInToAdmin(page, 'editor')
    await page.goto(`${CMS_URL}/admin/collections/sources/create`)
    const chooseKind = async (kind: string) => {
      await page.locator('#field-kind .rs__control').click()
      await page.locator('.rs__menu').getByText(kind, { exact: true }).click()
    }
    // Each field by its id, and its label as shown: in reading order down the form.
    const expectInOrder = async (fields: [id: string, label: string][]) => {
      const tops: number[] = []
      for (const [id, label] of fields) {
        await expect(page.locator(`label[for="field-${id}"]`)).toHaveText(new RegExp(`^${label}\\s*\\*?$`))
        tops.push((await page.locator(`#field-${id}`).boundingBox())!.y)
      }
      expect(tops).toEqual([...tops].sort((a, b) => a - b))
    }

    await chooseKind('book')
    await expectInOrder([
      ['title', 'Title'],
      ['publisher', 'Publisher'],
      ['date__year', 'Year'],
      ['identifiers__isbn', 'ISBN'],
    ])
    await expect(page.locator('#field-repository')).toHaveCount(0)

    await chooseKind('archival document')
    await expectInOrder([
      ['repository', 'Repository'],
      ['archiveCollection', 'Collection'],
      ['identifiers__callNumber', 'Call number'],
      ['identifiers__recordId', 'Record ID'],
      ['translator', 'Translator'],
      ['obtainedBy', 'Obtained by'],
    ])
    await expect(page.locator('#field-identifiers__isbn')).toHaveCount(0)
  })
})

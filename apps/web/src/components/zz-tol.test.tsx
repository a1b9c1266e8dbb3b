import { gzipSync } from 'node:zlib'
import { it } from 'vitest'
import { projectPath, worldCountries } from '../lib/geo'
it('tol', () => {
  const { draw, path } = projectPath({ width: 960, height: 500, padding: 1 })
  for (const tol of [0, 0.3, 0.5, 0.7, 1]) {
    const all = worldCountries().map((c) => draw(c.feature, tol)).join('')
    console.log('tol', tol, all.length, gzipSync(all).length)
  }
  const abs = worldCountries().map((c) => path(c.feature)).join('')
  console.log('d3 abs', abs.length, gzipSync(abs).length)
  const sizes = worldCountries().map((c) => [c.name, draw(c.feature).length] as const).sort((a, b) => b[1] - a[1]).slice(0, 8)
  console.log(sizes)
})

// Runs first in quickstart, start, dev and test: on an older Node the install or the tools fail
// far from the cause, so this says it in one line. The range is package.json's engines.node.
// Plain syntax only, so that the old Node it is meant for can parse it.
import { readFileSync } from 'node:fs'

const wanted = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node

const parts = (version) => version.replace(/^v/, '').split('.').map(Number)
const compare = (a, b) => a[0] - b[0] || (a[1] || 0) - (b[1] || 0) || (a[2] || 0) - (b[2] || 0)

// Only the two comparators engines.node uses: "^x.y" (same major, at least x.y) and ">=x".
function satisfies(version, comparator) {
  const match = /^(\^|>=)(\d+(?:\.\d+){0,2})$/.exec(comparator)
  if (!match) throw new Error(`tooling/check-node.mjs reads "^x.y" and ">=x" in engines.node, not "${comparator}"`)
  const bound = parts(match[2])
  return compare(version, bound) >= 0 && (match[1] === '>=' || version[0] === bound[0])
}

const current = parts(process.version)
const comparators = (alternative) => alternative.trim().split(/\s+/)
const supported = wanted
  .split('||')
  .some((alternative) => comparators(alternative).every((comparator) => satisfies(current, comparator)))
if (!supported) {
  console.error(
    `Itinera needs Node.js ${wanted}; this is Node.js ${process.version} (${process.execPath}).\n` +
      'Install Node.js 24 LTS and run the command again.',
  )
  process.exit(1)
}

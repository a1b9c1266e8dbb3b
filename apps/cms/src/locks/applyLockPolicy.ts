import type { SanitizedConfig } from 'payload'
import { LOCKED_DOCUMENTS } from '../slugs'
import { lockHeldInOwnName } from './lockHeldInOwnName'
import { mayChangeLock } from './mayChangeLock'
import { mayRemoveLock } from './mayRemoveLock'
import { mayTakeLock } from './mayTakeLock'
import { refuseLockOverride } from './refuseLockOverride'

/**
 * Who may lock a document, and who may ignore a lock. Payload adds its lock collection while it
 * sanitizes the config, after plugins have run and with no option to configure it, so its access
 * is set here, on the built config. Reading locks stays Payload's (any signed-in user: the admin
 * shows who is editing what).
 */
export function applyLockPolicy(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS)
  if (!locks) throw new Error(`Payload no longer adds its "${LOCKED_DOCUMENTS}" collection: review applyLockPolicy.`)
  locks.access = { ...locks.access, create: mayTakeLock, update: mayChangeLock, delete: mayRemoveLock }
  locks.hooks.beforeChange.push(lockHeldInOwnName)
  for (const collection of config.collections) {
    if (collection.lockDocuments !== false) collection.hooks.beforeOperation.unshift(refuseLockOverride)
  }
  return config
}

/**
 * The e2e suite runs in Debian's Chromium where it is installed (/usr/bin/chromium) and in
 * Playwright's own Chromium elsewhere, downloaded here on first use.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { SYSTEM_CHROMIUM } from './playwright.config'

if (!existsSync(SYSTEM_CHROMIUM) && !existsSync(chromium.executablePath())) {
  console.log('No Chromium found: installing the one Playwright ships…')
  execFileSync('playwright', ['install', 'chromium'], { stdio: 'inherit' })
}

import { expect, test } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { loginFor, signInToAdmin } from './helpers'

test.describe('[ADMIN]: signing in', () => {
  test('should sign the editor in and show the collections they work with, not user management', async ({ page }) => {
    await signInToAdmin(page, 'editor')
    await expect(page.getByRole('link', { name: /Leaders/ }).first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'Users', exact: true })).toHaveCount(0)
  })

  test('should show user management to admins', async ({ page }) => {
    await signInToAdmin(page, 'admin')
    await expect(page.getByRole('link', { name: 'Users', exact: true }).first()).toBeVisible()
  })

  test('should show Itinera’s name and mark on the login page and in the navigation', async ({ page }) => {
    await page.goto(`${CMS_URL}/admin/login`)
    await expect(page.getByRole('img', { name: 'Itinera' })).toBeVisible()
    await expect(page.locator('.itinera-logo svg')).toBeVisible()
    await signInToAdmin(page, 'editor')
    await expect(page.locator('.itinera-icon svg').first()).toBeAttached()
  })

  test('should refuse a wrong password and stay on the login form', async ({ page }) => {
    await page.goto(`${CMS_URL}/admin/login`)
    await page.getByLabel('Email').fill(loginFor('reviewer').email)
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page.getByText(/email or password provided is incorrect/i)).toBeVisible()
    await expect(page).toHaveURL(/\/admin\/login/)
  })
})

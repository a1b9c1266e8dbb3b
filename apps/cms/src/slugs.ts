/** Collection slugs, kept in one place; renaming one needs a migration. */
export const USERS = 'users'
export const LEADERS = 'leaders'

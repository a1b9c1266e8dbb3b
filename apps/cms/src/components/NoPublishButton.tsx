/** Publishing is approval, which happens in the Review panel; Payload's own button is left out. */
export function NoPublishButton() {
  return null
}

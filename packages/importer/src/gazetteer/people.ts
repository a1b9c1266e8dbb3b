import type { TGazetteerPerson } from './types'

export const PEOPLE: TGazetteerPerson[] = []

import type { TGazetteerPlace } from './types'

export const PLACES: TGazetteerPlace[] = []

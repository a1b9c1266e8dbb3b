import type { TGazetteerPolity } from './types'

export const POLITIES: TGazetteerPolity[] = []

import * as migration_20261123_165648_initial from './20261123_165648_initial';

export const migrations = [
  {
    up: migration_20261123_165648_initial.up,
    down: migration_20261123_165648_initial.down,
    name: '20261123_165648_initial'
  },
];

import * as migration_20261123_165648_initial from './20261123_165648_initial';
import * as migration_20261123_172922_domain_model from './20261123_172922_domain_model';
import * as migration_20261123_173346_trip_quality_issues from './20261123_173346_trip_quality_issues';
import * as migration_20261123_192700_competing_polities_approved_at from './20261123_192700_competing_polities_approved_at';
import * as migration_20261123_193938_trip_import_warnings from './20261123_193938_trip_import_warnings';
import * as migration_20261123_220000_search_indexes from './20261123_220000_search_indexes';
import * as migration_20261201_011741_reference_review_retraction from './20261201_011741_reference_review_retraction';
import * as migration_20261201_052627_jobs_conversation_names_bibliography from './20261201_052627_jobs_conversation_names_bibliography';
import * as migration_20261201_110031_approved_at_index from './20261201_110031_approved_at_index';
import * as migration_20261201_120000_citations_by_source from './20261201_120000_citations_by_source';
import * as migration_20261202_044240_job_runner from './20261202_044240_job_runner';
import * as migration_20261202_054053_source_health from './20261202_054053_source_health';
import * as migration_20261202_160509_citation_checks from './20261202_160509_citation_checks';
import * as migration_20261203_080000_trip_search_document from './20261203_080000_trip_search_document';

export const migrations = [
  {
    up: migration_20261123_165648_initial.up,
    down: migration_20261123_165648_initial.down,
    name: '20261123_165648_initial',
  },
  {
    up: migration_20261123_172922_domain_model.up,
    down: migration_20261123_172922_domain_model.down,
    name: '20261123_172922_domain_model',
  },
  {
    up: migration_20261123_173346_trip_quality_issues.up,
    down: migration_20261123_173346_trip_quality_issues.down,
    name: '20261123_173346_trip_quality_issues',
  },
  {
    up: migration_20261123_192700_competing_polities_approved_at.up,
    down: migration_20261123_192700_competing_polities_approved_at.down,
    name: '20261123_192700_competing_polities_approved_at',
  },
  {
    up: migration_20261123_193938_trip_import_warnings.up,
    down: migration_20261123_193938_trip_import_warnings.down,
    name: '20261123_193938_trip_import_warnings',
  },
  {
    up: migration_20261123_220000_search_indexes.up,
    down: migration_20261123_220000_search_indexes.down,
    name: '20261123_220000_search_indexes',
  },
  {
    up: migration_20261201_011741_reference_review_retraction.up,
    down: migration_20261201_011741_reference_review_retraction.down,
    name: '20261201_011741_reference_review_retraction',
  },
  {
    up: migration_20261201_052627_jobs_conversation_names_bibliography.up,
    down: migration_20261201_052627_jobs_conversation_names_bibliography.down,
    name: '20261201_052627_jobs_conversation_names_bibliography',
  },
  {
    up: migration_20261201_110031_approved_at_index.up,
    down: migration_20261201_110031_approved_at_index.down,
    name: '20261201_110031_approved_at_index',
  },
  {
    up: migration_20261201_120000_citations_by_source.up,
    down: migration_20261201_120000_citations_by_source.down,
    name: '20261201_120000_citations_by_source',
  },
  {
    up: migration_20261202_044240_job_runner.up,
    down: migration_20261202_044240_job_runner.down,
    name: '20261202_044240_job_runner',
  },
  {
    up: migration_20261202_054053_source_health.up,
    down: migration_20261202_054053_source_health.down,
    name: '20261202_054053_source_health',
  },
  {
    up: migration_20261202_160509_citation_checks.up,
    down: migration_20261202_160509_citation_checks.down,
    name: '20261202_160509_citation_checks'
  },
  {
    up: migration_20261203_080000_trip_search_document.up,
    down: migration_20261203_080000_trip_search_document.down,
    name: '20261203_080000_trip_search_document',
  },
];

import { describeSearchIndexContract } from './search-index.contract';

// The embedded mode's index: no OPENSEARCH_URL.
describeSearchIndexContract('postgres', () => ({ env: {}, typoTolerance: false, bengaliAnalysis: false }));

jest.setTimeout(300_000);

import { embeddedBackend } from '../../support/backend-harness';
import { describePipelineAcceptance } from '../../support/contracts/pipeline-acceptance';

describePipelineAcceptance('embedded SQLite store and event bus', embeddedBackend);

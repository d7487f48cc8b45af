import { describePipelineAcceptance } from '../support/contracts/pipeline-acceptance';
import { googleBackend } from '../support/google-backend';

jest.setTimeout(600_000);

describePipelineAcceptance('Firestore and Pub/Sub emulators (real clients)', googleBackend);

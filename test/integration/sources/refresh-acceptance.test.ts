import { embeddedBackend } from '../../support/backend-harness';
import { describeRefreshAcceptance } from '../../support/refresh-acceptance';

jest.setTimeout(60_000);

describeRefreshAcceptance('embedded backend', embeddedBackend);

import { googleBackend } from '../support/google-backend';
import { describeRefreshAcceptance } from '../support/refresh-acceptance';

jest.setTimeout(300_000);

describeRefreshAcceptance('Firestore and Pub/Sub emulators (real clients)', googleBackend);

import { SyndicationRecord, syndicationId } from '../../shared/schema/syndication';

/** A record of `postingId` live on `partnerId` at version 1, as a store keeps it (schema defaults filled in). */
export const liveSyndication = (postingId: string, partnerId: string): SyndicationRecord =>
  SyndicationRecord.parse({
    id: syndicationId(postingId, partnerId),
    postingId,
    partnerId,
    status: 'live',
    desired: 'publish',
    deliveredVersion: 1,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  });

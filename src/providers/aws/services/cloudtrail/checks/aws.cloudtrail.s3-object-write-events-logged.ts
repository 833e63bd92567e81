import { s3ObjectEventsCheck } from '../s3-data-events.js';

export const cloudTrailS3ObjectWriteEventsLogged = s3ObjectEventsCheck({
  id: 'aws.cloudtrail.s3-object-write-events-logged',
  direction: 'write',
});

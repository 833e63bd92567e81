import { s3ObjectEventsCheck } from '../s3-data-events.js';

export const cloudTrailS3ObjectReadEventsLogged = s3ObjectEventsCheck({
  id: 'aws.cloudtrail.s3-object-read-events-logged',
  direction: 'read',
});

import { skillsIn } from '../../../shared/normalize/skills';

/** "GCP" in clinical research postings is Good Clinical Practice, not Google Cloud. */
describe('GCP as Good Clinical Practice is no cloud', () => {
  it.each([
    ['ICH-GCP', 'Working knowledge of ICH-GCP'],
    ['ICH GCP training', 'ICH GCP training completed'],
    ['de beside GMP', 'Kenntnisse in GCP und GMP'],
    ['spelled out first', 'Good Clinical Practice (GCP) certificate'],
    ['training', 'GCP training within the last 2 years'],
    ['fr BPC/ICH-GCP', 'Connaissance des BPC/ICH-GCP'],
    ['a GxP list', 'Familiarity with GMP/GCP requirements'],
  ])('%s: %s', (_name, text) => expect(skillsIn(text)).not.toContain('Google Cloud'));
});

describe('GCP as Google Cloud still counts', () => {
  it.each([
    ['beside another cloud', 'Experience with GCP or AWS'],
    ['with its services', 'Deploy services on GCP (BigQuery, Pub/Sub)'],
    ['in a tool list', 'GCP, Terraform and Kubernetes'],
    ['spelled out', 'Google Cloud Platform'],
  ])('%s: %s', (_name, text) => expect(skillsIn(text)).toContain('Google Cloud'));
});

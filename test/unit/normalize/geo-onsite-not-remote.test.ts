import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';

describe('a body that rules remote work out makes the job on-site', () => {
  it.each([
    ['not eligible', 'This position is not eligible for remote work.'],
    ['not open to', 'This role is not open to remote candidates.'],
    ['unable to offer', 'We are unable to offer remote or hybrid arrangements for this role.'],
    ['do not offer', 'We do not offer remote work for warehouse roles.'],
    ['not an option', 'Remote working is not an option for this role.'],
    ['this one is on-site', 'While we offer remote roles elsewhere, this one is on-site.'],
    ['strictly in-person', 'The position is strictly in-person at our Leeds depot.'],
  ])('%s: %s', (_name, body) => {
    expect(bodyWorkplace(body)).toBe('onsite');
  });

  it.each([
    ['eligible for remote', 'This role is eligible for remote work.'],
    ['available later', 'Remote work is available after probation.'],
    ['remote days offered', 'We offer remote work two days a week.'],
  ])('counter-case, %s is not on-site: %s', (_name, body) => {
    expect(bodyWorkplace(body)).not.toBe('onsite');
  });
});

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

describe('"this is an on-site role" and "this is a remote role": the arrangement before the role word', () => {
  it.each([
    ['on-site role', 'This is an on-site role at our Mesa campus.', 'onsite'],
    ['in-person position', 'It is an in-person position in our Leeds depot.', 'onsite'],
    ['fully onsite job', 'This is a fully onsite job.', 'onsite'],
    ['office-based role', 'This is an office-based role.', 'onsite'],
    ['remote role', 'This is a remote role open to candidates across Canada.', 'remote'],
    ['remote position', 'It is a remote position.', 'remote'],
  ])('%s: %s', (_name, body, workplace) => {
    expect(bodyWorkplace(body)).toBe(workplace);
  });

  it.each([
    ['a hybrid role', 'This is a hybrid role with two office days.'],
    [
      'a remote team, not the role',
      'This is a remote-first team; the role is based in our Paris office three days a week.',
    ],
    ['an on-site event', 'This is an on-site interview process.'],
  ])('counter-case, %s is not read as on-site or remote: %s', (_name, body) => {
    expect(['onsite', 'remote']).not.toContain(bodyWorkplace(body));
  });
});
